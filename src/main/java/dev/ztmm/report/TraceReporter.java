package dev.ztmm.report;

import dev.ztmm.model.RuleResult;
import dev.ztmm.model.RuleTrace;
import dev.ztmm.model.RuleTrace.DocumentTrace;
import dev.ztmm.model.RuleTrace.ItemTrace;
import java.io.PrintWriter;
import java.io.Writer;

/** Writes a {@link RuleTrace} for `ztmm explain`: each document, each item and its outcome. */
public final class TraceReporter {

    private TraceReporter() {}

    public static void write(RuleTrace trace, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        RuleResult result = trace.result();
        out.println(result.rule().id() + ": " + result.rule().title());
        out.println("kinds: " + String.join(", ", result.rule().kinds())
                + (result.rule().select().isEmpty() ? "" : "; select: " + String.join(", ", result.rule().select()))
                + (result.rule().matchAny() ? "; one passing item is enough" : "")
                + (result.rule().when() == null ? "" : "; when: " + result.rule().when().strip()));
        out.println("condition: " + result.rule().condition().strip().replace("\n", "\n           "));
        out.println();
        if (trace.documents().isEmpty()) {
            out.println("No document of kind " + String.join(" or ", result.rule().kinds())
                    + " in the repository.");
        }
        trace.documents().forEach(document -> document(document, out));
        out.println();
        out.println("Result: " + result.status().id() + " (" + Gate.plural(result.checked(), "item")
                + " checked, " + result.passed() + " passed)");
        out.flush();
    }

    private static void document(DocumentTrace document, PrintWriter out) {
        String name = document.path().isEmpty() ? "(repository)" : document.path();
        out.println(name + "  [" + document.kind() + "]");
        if (document.items().isEmpty()) {
            out.println("  no item matches the select pattern");
        }
        for (ItemTrace item : document.items()) {
            String where = item.position().line() > 0 ? "line " + item.position().line() : "whole file";
            String location = item.location().isEmpty() ? "(document)" : item.location();
            String outcome = switch (item.outcome()) {
                case OUT_OF_SCOPE -> "out of scope (when is false)";
                case PASS -> "pass";
                case FAIL -> "FAIL";
                case ERROR -> "error: " + item.detail();
            };
            out.println(String.format("  %-40s %-11s %s", location, where, outcome));
        }
    }
}
