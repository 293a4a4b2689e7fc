package gov.ca.code.codejson.scan;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * Writes what a scan found: one code.gov 2.0.0 inventory holding every entry, and the provenance
 * report. Both are canonical JSON, so the same repositories give byte-identical files.
 */
public final class ScanOutput {

    private ScanOutput() {
    }

    /**
     * Combines the entries of code.gov 2.0.0 scans into one inventory: the first entry's top-level
     * fields and every repository's release, in the order given.
     *
     * @param scans the scans with an entry
     * @return the inventory's canonical text
     * @throws IllegalArgumentException when a scan has no code.gov 2.0.0 document
     */
    public static String inventory(List<ScannedRepository> scans) {
        if (scans.isEmpty()) {
            throw new IllegalArgumentException("no repository has an entry");
        }
        List<JsonValue.Member> top = new ArrayList<>();
        List<JsonValue> releases = new ArrayList<>();
        for (ScannedRepository scan : scans) {
            Document d = scan.generation().document();
            if (d.family() != Family.CODEGOV_2_0_0) {
                throw new IllegalArgumentException(scan.name() + " has no code.gov 2.0.0 entry");
            }
            JsonValue.JsonObject root = (JsonValue.JsonObject) d.source().root();
            if (top.isEmpty()) {
                root.members().stream().filter(m -> !m.name().equals("releases")).forEach(top::add);
            }
            releases.add(root.get("releases").map(r -> ((JsonValue.JsonArray) r).elements().get(0)).orElseThrow());
        }
        top.add(new JsonValue.Member("releases", JsonBuilder.array(releases), gov.ca.code.codejson.diagnostic.Location.UNKNOWN));
        return canonical(new JsonValue.JsonObject(top, gov.ca.code.codejson.diagnostic.Location.UNKNOWN), Family.CODEGOV_2_0_0);
    }

    /**
     * Validates a combined inventory as one file.
     *
     * @param text the inventory's text
     * @return the report
     */
    public static ValidationReport validate(String text) {
        CodeJson codejson = new CodeJson();
        try {
            return codejson.validate(codejson.read(text, "code.json"));
        } catch (JsonReadException e) {
            throw new IllegalStateException("the combined inventory cannot be read back: " + e.getMessage(), e);
        }
    }

    private static String canonical(JsonValue.JsonObject tree, Family family) {
        CodeJson codejson = new CodeJson();
        try {
            return codejson.write(codejson.read(new java.io.ByteArrayInputStream(
                    new JsonWriter().writeBytes(tree)), "code.json", family));
        } catch (JsonReadException e) {
            throw new IllegalStateException("the combined inventory cannot be read back: " + e.getMessage(), e);
        }
    }

    /**
     * The provenance report: for each repository, its name and folder, every field with the file and key it came from,
     * the files left out of the count, and every message of the scan, the generator and validation.
     * Pointers are those of the repository's own entry; in a combined inventory the release of the
     * n-th repository is {@code /releases/n-1}.
     *
     * @param scans the scans, in output order
     * @return the report's text
     */
    public static String report(List<ScannedRepository> scans) {
        List<JsonValue> repositories = new ArrayList<>();
        for (ScannedRepository scan : scans) {
            List<JsonValue> fields = new ArrayList<>();
            for (ScannedRepository.Field f : scan.fields()) {
                JsonBuilder b = JsonBuilder.object().put("pointer", f.pointer()).put("file", f.origin().file())
                        .put("key", f.origin().key());
                if (!f.origin().how().isEmpty()) {
                    b.put("how", f.origin().how());
                }
                fields.add(b.build());
            }
            List<JsonValue> excluded = new ArrayList<>();
            for (ScannedRepository.Excluded e : scan.excluded()) {
                excluded.add(JsonBuilder.object().put("path", e.path()).put("rule", e.rule()).build());
            }
            List<JsonValue> messages = new ArrayList<>();
            for (Diagnostic p : scan.problems()) {
                JsonBuilder b = JsonBuilder.object().put("severity", p.severity().label()).put("rule", p.rule())
                        .put("file", p.file());
                if (p.location().isKnown()) {
                    b.put("line", p.location().line()).put("column", p.location().column());
                }
                messages.add(b.put("message", p.message()).build());
            }
            for (Diagnostic d : scan.messages()) {
                JsonBuilder b = JsonBuilder.object().put("severity", d.severity().label()).put("rule", d.rule());
                if (!d.file().isEmpty()) {
                    b.put("file", d.file());
                }
                if (d.subject() instanceof Subject.Pointer p) {
                    b.put("pointer", p.pointer());
                }
                messages.add(b.put("message", d.message()).build());
            }
            repositories.add(JsonBuilder.object().put("repository", scan.name()).put("path", scan.path()).put("valid", scan.valid())
                    .put("fields", JsonBuilder.array(fields)).put("excluded", JsonBuilder.array(excluded))
                    .put("messages", JsonBuilder.array(messages)).build());
        }
        return new JsonWriter().write(JsonBuilder.object().put("repositories", JsonBuilder.array(repositories)).build()) + "\n";
    }
}
