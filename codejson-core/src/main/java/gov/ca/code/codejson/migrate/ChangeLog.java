package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * Every change of a migration, in document order, and the values the user must supply.
 *
 * @param changes the changes
 * @param toFill what could not be derived, one {@code error} per value to supply, with its pointer
 */
public record ChangeLog(List<Change> changes, List<Diagnostic> toFill) {

    /** Creates the log; the lists are copied. */
    public ChangeLog {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        toFill = List.copyOf(Objects.requireNonNull(toFill, "toFill"));
    }

    /** {@return the changes at a pointer or below it} */
    public List<Change> at(String pointer) {
        return changes.stream().filter(c -> c.pointer().equals(pointer) || c.pointer().startsWith(pointer + "/")
                || c.from().equals(pointer) || c.from().startsWith(pointer + "/")).toList();
    }

    /**
     * {@return one line per change, for people}
     *
     * <p>The values to supply are diagnostics ({@link #toFill()}), which the one formatter,
     * {@code report.DiagnosticFormat}, prints as every other diagnostic.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Change c : changes) {
            StringBuilder line = new StringBuilder(c.pointer().isEmpty() ? "(document)" : c.pointer()).append(": ");
            if (c.moved()) {
                line.append("moved from ").append(c.from());
            } else {
                if (!c.from().equals(c.pointer())) {
                    line.append("from ").append(c.from()).append(", ");
                }
                line.append(show(c.before())).append(" -> ").append(show(c.after()));
            }
            lines.add(line.append(" (").append(c.reason()).append(')').toString());
        }
        return List.copyOf(lines);
    }

    /** {@return the log as JSON: {@code {"changes": [...], "toFill": [...]}}} */
    public JsonValue toJson() {
        List<JsonValue> list = new ArrayList<>();
        for (Change c : changes) {
            list.add(JsonBuilder.object().put("pointer", c.pointer()).put("from", c.from())
                    .put("old", c.before().orElseGet(JsonBuilder::nul))
                    .put("new", c.after().orElseGet(JsonBuilder::nul))
                    .put("reason", c.reason()).build());
        }
        List<JsonValue> fill = new ArrayList<>();
        for (Diagnostic v : toFill) {
            fill.add(JsonBuilder.object().put("pointer", v.pointer()).put("rule", v.rule())
                    .put("severity", v.severity().label()).put("message", v.message()).build());
        }
        return JsonBuilder.object().put("changes", JsonBuilder.array(list)).put("toFill", JsonBuilder.array(fill)).build();
    }

    private static String show(Optional<JsonValue> value) {
        if (value.isEmpty()) {
            return "(absent)";
        }
        String text = oneLine(new JsonWriter().write(value.get()).strip());
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /**
     * Joins the lines of written JSON with one space, the indentation around each line break
     * dropped. One pass: the expression {@code \s*\n\s*} tries every space of a long run in a
     * string value again at each of its characters, which is quadratic in untrusted text.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\n') {
                out.append(c);
                i++;
                continue;
            }
            while (out.length() > 0 && isSpace(out.charAt(out.length() - 1))) {
                out.setLength(out.length() - 1);
            }
            i++;
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            out.append(' ');
        }
        return out.toString();
    }

    /** The characters {@code \s} matches in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
