package dev.ztmm.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Inventory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/** Writes `ztmm inventory`: files and documents per collector, then what was skipped or failed. */
public final class InventoryReporter {

    /** Writes the inventory as text for a terminal. */
    public void writeText(Inventory inventory, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("ztmm inventory of " + inventory.repository());
        out.println();
        out.println(String.format("%-22s %6s %10s", "COLLECTOR", "FILES", "DOCUMENTS"));
        totals(inventory).forEach((collector, counts) ->
                out.println(String.format("%-22s %6d %10d", collector, counts[0], counts[1])));
        out.println();
        out.println("Files:");
        for (Assessment.FileInfo file : inventory.files()) {
            String link = file.symlinkTarget() == null ? "" : " -> " + file.symlinkTarget();
            out.println(String.format("  %-13s %s%s  (%s, %s)", file.status(), file.path(), link, file.collector(),
                    TextReporter.plural(file.documents(), "document")));
        }
        out.println();
        out.println(inventory.diagnostics().isEmpty() ? "Nothing skipped or failed." : "Skipped, failed or warned:");
        for (Diagnostic diagnostic : inventory.diagnostics()) {
            String where = diagnostic.position().line() > 0 ? diagnostic.path() + ":" + diagnostic.position().line() : diagnostic.path();
            out.println("  " + where + "  [" + diagnostic.category() + "] " + diagnostic.message());
        }
        out.flush();
    }

    /** Writes the inventory as JSON with keys and arrays in a fixed order. */
    public void writeJson(Inventory inventory, Writer writer) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();
        root.put("repository", inventory.repository());
        ObjectNode collectors = root.putObject("collectors");
        totals(inventory).forEach((collector, counts) ->
                collectors.putObject(collector).put("files", counts[0]).put("documents", counts[1]));
        ArrayNode files = root.putArray("files");
        for (Assessment.FileInfo file : inventory.files()) {
            ObjectNode node = files.addObject().put("path", file.path()).put("collector", file.collector())
                    .put("documents", file.documents()).put("status", file.status());
            if (file.symlinkTarget() != null) {
                node.put("symlinkTarget", file.symlinkTarget());
            }
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        inventory.diagnostics().forEach(d -> diagnostics.addObject().put("path", d.path())
                .put("line", d.position().line()).put("column", d.position().column())
                .put("category", d.category()).put("message", d.message()));
        mapper.writeValue(writer, root);
        writer.write(System.lineSeparator());
        writer.flush();
    }

    /** Returns, per collector in name order, the files that yielded documents and the document count. */
    private static Map<String, long[]> totals(Inventory inventory) {
        Map<String, long[]> totals = new TreeMap<>();
        for (Assessment.FileInfo file : inventory.files()) {
            long[] counts = totals.computeIfAbsent(file.collector(), c -> new long[2]);
            counts[0] += file.documents() > 0 ? 1 : 0;
            counts[1] += file.documents();
        }
        return totals;
    }
}
