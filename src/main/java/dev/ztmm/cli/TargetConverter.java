package dev.ztmm.cli;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.Stage;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a PILLAR=STAGE target from the command line. */
final class TargetConverter implements ITypeConverter<Map.Entry<Pillar, Stage>> {

    @Override
    public Map.Entry<Pillar, Stage> convert(String value) {
        int equals = value.indexOf('=');
        if (equals < 0) {
            throw new TypeConversionException("invalid target '" + value + "'; use PILLAR=STAGE, such as identity=3");
        }
        String name = value.substring(0, equals).trim();
        Pillar pillar = Pillar.fromId(name);
        if (pillar == null) {
            throw new TypeConversionException("unknown pillar '" + name + "'; use one of "
                    + Arrays.stream(Pillar.values()).map(Pillar::id).toList());
        }
        return Map.entry(pillar, new StageConverter().convert(value.substring(equals + 1)));
    }
}
