package gov.ca.code.codejson.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.report.TerminalText;

/** The release-level differences as lines of text, like a diff: {@code +} added, {@code -} removed, {@code ~} changed. */
public final class DiffText {

    private DiffText() {
    }

    /**
     * Renders the differences, one line per release added or removed, and per field changed.
     *
     * @param diff the differences
     * @return the lines, without line ends; a last line counts them
     */
    public static List<String> render(InventoryDiff diff) {
        JsonWriter writer = new JsonWriter();
        List<String> lines = new ArrayList<>();
        for (ReleaseRef r : diff.added()) {
            lines.add("+ " + MetricsMarkdown.label(r));
        }
        for (ReleaseRef r : diff.removed()) {
            lines.add("- " + MetricsMarkdown.label(r));
        }
        for (ReleaseChange c : diff.changed()) {
            lines.add("~ " + MetricsMarkdown.label(c.release()));
            for (FieldChange f : c.changes()) {
                lines.add("    " + f.pointer() + ": " + compact(writer, f.before()) + " -> " + compact(writer, f.after()));
            }
        }
        lines.add(diff.added().size() + " added, " + diff.removed().size() + " removed, " + diff.changed().size() + " changed");
        // A name or a member name may hold a line break or a control character of the input: each line stays one line.
        return lines.stream().map(TerminalText::escape).toList();
    }

    private static String compact(JsonWriter writer, Optional<JsonValue> value) {
        if (value.isEmpty()) {
            return "(absent)";
        }
        String text = writer.write(value.get()).strip();
        String oneLine = text.replaceAll("\n\\s*", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}
