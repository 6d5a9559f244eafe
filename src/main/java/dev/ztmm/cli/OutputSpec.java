package dev.ztmm.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code -o} value: FORMAT=FILE, or a plain FILE written in the --format format.
 *
 * @param format the format named before '=', or null for a plain FILE
 * @param file the file to write
 */
record OutputSpec(OutputFormat format, Path file) {

    /** Reads FORMAT=FILE or FILE; a word before '=' that is no format is rejected. */
    static final class Converter implements ITypeConverter<OutputSpec> {

        private static final Pattern FORMAT_PREFIX = Pattern.compile("[A-Za-z]+=.+");

        @Override
        public OutputSpec convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("empty output file; use FORMAT=FILE or FILE");
            }
            if (!FORMAT_PREFIX.matcher(value).matches()) {
                return new OutputSpec(null, Path.of(value));
            }
            String name = value.substring(0, value.indexOf('='));
            OutputFormat format = OutputFormat.fromName(name);
            if (format == null) {
                throw new TypeConversionException("unknown format '" + name + "' in '" + value
                        + "'; use FORMAT=FILE with FORMAT one of " + OutputFormat.names());
            }
            return new OutputSpec(format, Path.of(value.substring(value.indexOf('=') + 1)));
        }
    }
}
