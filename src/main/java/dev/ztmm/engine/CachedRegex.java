package dev.ztmm.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CEL's {@code matches} with compiled patterns kept for the run.
 *
 * <p>Like the standard function it uses RE2 syntax and a partial match ({@code find}), so rule
 * conditions mean the same. Rules use a few dozen distinct patterns, so the cache stays small.
 */
final class CachedRegex {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private CachedRegex() {}

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("matches", String.class, String.class, CachedRegex::matches),
                CelFunctionBinding.from("matches_string", String.class, String.class, CachedRegex::matches));
    }

    static boolean matches(String text, String regex) throws CelEvaluationException {
        Pattern pattern = PATTERNS.get(regex);
        if (pattern == null) {
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new CelEvaluationException("invalid regular expression '" + regex + "': " + e.getMessage());
            }
            PATTERNS.put(regex, pattern);
        }
        return pattern.matcher(text).find();
    }
}
