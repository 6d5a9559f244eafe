package dev.ztmm.collect;

import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.Locale;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Turns resolved YAML scalars into typed located values. */
final class YamlScalars {

    private YamlScalars() {}

    static ScalarNode convert(org.snakeyaml.engine.v2.nodes.ScalarNode scalar, Position position) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return ScalarNode.ofNull(position);
        }
        if (Tag.BOOL.equals(tag)) {
            return ScalarNode.of(position, Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        if (Tag.INT.equals(tag)) {
            return integer(text, position);
        }
        if (Tag.FLOAT.equals(tag)) {
            return decimal(text, position);
        }
        return ScalarNode.of(position, text);
    }

    private static ScalarNode integer(String text, Position position) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        try {
            if (digits.startsWith("0x")) {
                return ScalarNode.of(position, Long.parseLong(digits.substring(2), 16));
            }
            if (digits.startsWith("0o")) {
                return ScalarNode.of(position, Long.parseLong(digits.substring(2), 8));
            }
            return ScalarNode.of(position, Long.parseLong(digits));
        } catch (NumberFormatException e) {
            // Beyond the range of a long: keep the digits as written.
            return ScalarNode.of(position, text);
        }
    }

    private static ScalarNode decimal(String text, Position position) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".inf")) {
            double infinity = lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return ScalarNode.of(position, infinity);
        }
        if (lower.equals(".nan")) {
            return ScalarNode.of(position, Double.NaN);
        }
        try {
            return ScalarNode.of(position, Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return ScalarNode.of(position, text);
        }
    }
}
