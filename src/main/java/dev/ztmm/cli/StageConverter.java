package dev.ztmm.cli;

import dev.ztmm.model.Stage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a stage name or number from the command line. */
final class StageConverter implements ITypeConverter<Stage> {

    static final String VALUES = "adhoc, opportunistic, systematic, optimized, or 1 to 4";

    @Override
    public Stage convert(String value) {
        Stage stage = Stage.parse(value);
        if (stage == null) {
            throw new TypeConversionException("invalid stage '" + value + "'; use " + VALUES);
        }
        return stage;
    }
}
