package dev.ztmm.engine;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.checker.CelStandardDeclarations;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelStandardFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles rule conditions written in CEL into programs that return a boolean.
 *
 * <p>Conditions see five variables: {@code doc} (the whole document), {@code item} (the item a
 * rule's {@code select} pattern matched, or the document), {@code key} (the mapping key matched
 * last), {@code path} (the file path) and {@code repo} (the repository document). All but
 * {@code key} and {@code path} are dynamically typed, because documents have no schema.
 */
public final class ConditionCompiler {

    /** Bound on iterations of one comprehension, so no condition runs away on a huge list. */
    private static final int MAX_ITERATIONS = 100_000;

    private final Cel cel;

    public ConditionCompiler() {
        CelOptions options =
                CelOptions.current()
                        .enableHeterogeneousNumericComparisons(true)
                        .comprehensionMaxIterations(MAX_ITERATIONS)
                        .build();
        cel =
                CelFactory.standardCelBuilder()
                        .setOptions(options)
                        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                        .addCompilerLibraries(CelExtensions.strings())
                        .addRuntimeLibraries(CelExtensions.strings())
                        .addVar("doc", SimpleType.DYN)
                        .addVar("item", SimpleType.DYN)
                        .addVar("key", SimpleType.STRING)
                        .addVar("path", SimpleType.STRING)
                        .addVar("repo", SimpleType.DYN)
                        .addFunctionDeclarations(RuleFunctions.declarations())
                        .addFunctionBindings(RuleFunctions.bindings())
                        // The standard matches() compiles its pattern on every call, which
                        // dominated evaluation; the same RE2 semantics with a cache replace it.
                        .setStandardEnvironmentEnabled(false)
                        .setStandardDeclarations(CelStandardDeclarations.newBuilder().build())
                        .setStandardFunctions(CelStandardFunctions.newBuilder()
                                .excludeFunctions(CelStandardFunctions.StandardFunction.MATCHES)
                                .build())
                        .addFunctionBindings(CachedRegex.bindings())
                        .setResultType(SimpleType.BOOL)
                        .build();
    }

    /** A compiled condition. */
    public static final class Condition {
        private final CelRuntime.Program program;

        private Condition(CelRuntime.Program program) {
            this.program = program;
        }

        /**
         * Evaluates the condition.
         *
         * @throws CelEvaluationException when the condition fails at run time, for example by
         *     reading a key that is absent without {@code has()}
         */
        public boolean test(Map<String, ?> variables) throws CelEvaluationException {
            return Boolean.TRUE.equals(program.eval(variables));
        }
    }

    /** A compile error at a 1-based line and column of the expression text. */
    public record CompileError(int line, int column, String message) {}

    /**
     * Compiles {@code expression}.
     *
     * @throws ConditionException listing every error with its line and column in the expression
     */
    public Condition compile(String expression) throws ConditionException {
        CelValidationResult result = cel.compile(expression);
        if (result.hasError()) {
            throw new ConditionException(errors(result.getErrors()));
        }
        try {
            return new Condition(cel.createProgram(result.getAst()));
        } catch (CelValidationException e) {
            throw new ConditionException(errors(e.getErrors()));
        } catch (dev.cel.common.CelException e) {
            throw new ConditionException(List.of(new CompileError(1, 1, e.getMessage())));
        }
    }

    private static List<CompileError> errors(List<CelIssue> issues) {
        List<CompileError> errors = new ArrayList<>();
        for (CelIssue issue : issues) {
            int line = Math.max(1, issue.getSourceLocation().getLine());
            int column = Math.max(1, issue.getSourceLocation().getColumn() + 1);
            errors.add(new CompileError(line, column, issue.getMessage()));
        }
        return errors;
    }

    /** Compile errors of one expression. */
    public static final class ConditionException extends Exception {
        private final transient List<CompileError> errors;

        ConditionException(List<CompileError> errors) {
            super(errors.isEmpty() ? "invalid expression" : errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<CompileError> errors() {
            return errors;
        }
    }
}
