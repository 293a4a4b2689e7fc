package gov.ca.code.codejson.generate;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

import org.jspecify.annotations.Nullable;

/**
 * How a committed code.json differs from the text it should have, said once for every adapter:
 * where the first difference is and both values, so that the user sees what changed.
 */
public final class StaleFile {

    private StaleFile() {
    }

    /**
     * The stale finding: the first JSON pointer whose value differs, both values whole (cut only
     * past {@value #SHOWN} characters, around the difference), at its place in the committed file.
     * Text that differs only in layout is named by its first different line.
     *
     * @param name how the committed file is named
     * @param expected the text the committed file should have
     * @param actual the text it has
     * @param committedTree the committed file read, with its locations
     * @param fix what the message ends with: how the adapter's user brings the file up to date
     * @return the error {@code check.stale}
     */
    public static Diagnostic diagnostic(String name, String expected, String actual, JsonValue committedTree, String fix) {
        Difference d;
        try {
            d = firstDifference(new JsonReader().read(expected, name).root(), committedTree, "");
        } catch (JsonReadException e) {
            d = null;
        }
        if (d == null && !expected.contains("\r") && actual.contains("\r\n") && actual.replace("\r\n", "\n").equals(expected)) {
            return new Diagnostic(name, new Location(1, 1), Subject.FILE, "check.stale", Severity.ERROR,
                    "differs from what the POM generates in its line ends only: \\r\\n where the written form has \\n, as a"
                            + " checkout that converts line ends writes it; keep the file as written with the line"
                            + " \"" + name.substring(name.lastIndexOf('/') + 1) + " -text\" in .gitattributes" + fix);
        }
        if (d == null) {
            int line = firstDifferentLine(expected, actual);
            return new Diagnostic(name, new Location(line, 1), Subject.FILE, "check.stale", Severity.ERROR,
                    "differs from what the POM generates in layout only (first difference at line " + line + ")" + fix);
        }
        String[] shown = around(d.expected(), d.found());
        return new Diagnostic(name, d.location(), Subject.pointer(d.pointer()), "check.stale", Severity.ERROR,
                (d.order() ? "has the members it should have, in another order: expected " : "differs from what the POM generates: expected ")
                        + shown[0] + ", found " + shown[1] + fix);
    }

    /** Values are shown whole up to this many characters. */
    private static final int SHOWN = 200;

    /** A difference; {@code order} when the object has the same members with the same values, only not in the written order. */
    private record Difference(String pointer, String expected, String found, Location location, boolean order) {
        Difference(String pointer, String expected, String found, Location location) {
            this(pointer, expected, found, location, false);
        }
    }

    /** {@return the first difference in document order, or null when the trees are equal} */
    private static @Nullable Difference firstDifference(JsonValue expected, JsonValue found, String pointer) {
        if (expected instanceof JsonValue.JsonObject e && found instanceof JsonValue.JsonObject f) {
            int n = Math.max(e.members().size(), f.members().size());
            for (int i = 0; i < n; i++) {
                JsonValue.Member em = i < e.members().size() ? e.members().get(i) : null;
                JsonValue.Member fm = i < f.members().size() ? f.members().get(i) : null;
                if (em != null && fm != null && !em.name().equals(fm.name()) && sameNames(e, f)) {
                    return reordered(e, f, pointer);
                }
                if (em == null || fm == null || !em.name().equals(fm.name())) {
                    String at = JsonPointer.append(pointer, em != null ? em.name() : fm.name());
                    return new Difference(at, em == null ? "(nothing)" : member(em), fm == null ? "(nothing)" : member(fm),
                            fm != null ? fm.location() : f.location());
                }
                Difference inner = firstDifference(em.value(), fm.value(), JsonPointer.append(pointer, em.name()));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected instanceof JsonValue.JsonArray e && found instanceof JsonValue.JsonArray f) {
            int n = Math.max(e.elements().size(), f.elements().size());
            for (int i = 0; i < n; i++) {
                JsonValue ev = i < e.elements().size() ? e.elements().get(i) : null;
                JsonValue fv = i < f.elements().size() ? f.elements().get(i) : null;
                if (ev == null || fv == null) {
                    return new Difference(JsonPointer.append(pointer, i), ev == null ? "(nothing)" : render(ev),
                            fv == null ? "(nothing)" : render(fv), fv != null ? fv.location() : f.location());
                }
                Difference inner = firstDifference(ev, fv, JsonPointer.append(pointer, i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        String e = render(expected);
        String f = render(found);
        return e.equals(f) ? null : new Difference(pointer, e, f, found.location());
    }

    private static boolean sameNames(JsonValue.JsonObject e, JsonValue.JsonObject f) {
        return e.members().size() == f.members().size()
                && e.members().stream().map(JsonValue.Member::name).sorted().toList()
                        .equals(f.members().stream().map(JsonValue.Member::name).sorted().toList());
    }

    /**
     * The difference of two objects with the same member names in another order: the first member
     * whose value differs, else the order itself, at the object. A hand-edited release that only
     * lists its members otherwise is not told that the POM generates other values.
     */
    private static Difference reordered(JsonValue.JsonObject e, JsonValue.JsonObject f, String pointer) {
        for (JsonValue.Member em : e.members()) {
            JsonValue fv = f.get(em.name()).orElseThrow();
            Difference inner = firstDifference(em.value(), fv, JsonPointer.append(pointer, em.name()));
            if (inner != null) {
                return inner;
            }
        }
        return new Difference(pointer, names(e), names(f), f.location(), true);
    }

    private static String names(JsonValue.JsonObject o) {
        return String.join(", ", o.members().stream().map(m -> render(new JsonValue.JsonString(m.name(), Location.UNKNOWN))).toList());
    }

    private static String member(JsonValue.Member m) {
        return render(new JsonValue.JsonString(m.name(), Location.UNKNOWN)) + ": " + render(m.value());
    }

    /** One-line JSON of a value. */
    private static String render(JsonValue value) {
        return new JsonWriter().write(value).strip().replaceAll("\\n\\s*", " ");
    }

    /** Both texts whole when short, else the {@value #SHOWN} characters around where they first differ. */
    private static String[] around(String a, String b) {
        int at = 0;
        while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - SHOWN / 2);
        return new String[] {cut(a, from), cut(b, from)};
    }

    private static String cut(String s, int from) {
        if (s.length() <= SHOWN) {
            return s;
        }
        int start = Math.min(from, Math.max(0, s.length() - SHOWN));
        int end = Math.min(s.length(), start + SHOWN);
        return (start > 0 ? "..." : "") + s.substring(start, end) + (end < s.length() ? "..." : "");
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return n + 1;
    }
}
