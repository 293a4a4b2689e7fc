package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/**
 * Every file of the conformance corpus that is JSON is read as the family its content follows, with one
 * notice when the family had to be assumed; only text that is not JSON fails, with a located reason.
 * The table of families is printed.
 */
class FamilyCorpusTest {

    private final CodeJson codejson = new CodeJson();

    /** The notices that say which family was assumed for a file that does not declare a published one. */
    private static final Set<String> ASSUMPTIONS = Set.of("variant.version", "variant.root-shape", "variant.no-family");

    /**
     * The family the corpus manifest's row calls for; null when the file is not JSON. The manifest
     * calls UTF-16 files unparseable because its tool read only UTF-8; they are 2.0.0 inventories,
     * and codejson reads UTF-16 with a byte order mark. The manifest does not list which members
     * the entries carry; the inventories whose entries carry SHARE IT members are the aggregates of
     * the CDC SHARE IT Act repository and those its note calls SHARE IT style or mixing array usage
     * types, and they are read as the agency index.
     */
    private static String expected(String[] row) {
        String repo = row[2];
        String shape = row[6];
        String version = row[7];
        String reason = row[12];
        String note = row[16];
        if (shape.equals("unparseable")) {
            return reason.contains("UTF-16") ? "codegov-2.0.0" : null;
        }
        if (shape.startsWith("repo-object(SHARE IT")) {
            return "shareit";
        }
        boolean shareIt = repo.equals("CDCgov/ShareIT-Act") || note.contains("SHARE-IT")
                || note.contains("usageType string/array");
        return switch (shape) {
            // A release alone, a USGS array of releases, an object of no family: read as the inventory.
            case "repo-object(single 2.0.0 release)", "repo-array", "empty-object", "other-object",
                    "json-schema-not-data" -> "codegov-2.0.0";
            // Arrays of 1.0 inventories (an office each, or one wrapped in an array).
            case "array-other" -> "codegov-1.0.1";
            case "inventory(releases)", "releases-map(derived)" -> shareIt ? "shareit-index-2.0.0" : "codegov-2.0.0";
            case "inventory(projects)" -> shareIt ? "shareit-index-2.0.0"
                    : version.equals("2.0") ? "codegov-2.0.0" : "codegov-1.0.1";
            default -> throw new IllegalArgumentException("a manifest shape this test does not know: " + shape);
        };
    }

    /** Whether the row declares a published version of its shape, so that nothing had to be assumed. */
    private static boolean declaresItsFamily(String[] row) {
        String shape = row[6];
        String version = row[7];
        return shape.equals("unparseable") || shape.startsWith("repo-object(SHARE IT")
                || shape.equals("inventory(releases)") && version.equals("2.0.0")
                || shape.equals("inventory(projects)") && (version.equals("1.0.1") || version.equals("(none)"));
    }

    @Test
    void everyCorpusFileHasItsRowInTheManifestAndEveryRowItsFile() throws IOException {
        List<String> manifest = Files.readAllLines(Conformance.resolve("corpus/MANIFEST.tsv"));
        List<String> rows = manifest.subList(1, manifest.size()).stream()
                .map(line -> line.split("\t", -1)).map(f -> f[1] + "/" + f[0]).sorted().toList();
        Path corpus = Conformance.resolve("corpus");
        List<String> files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("MANIFEST.tsv")).sorted().toList();
        }
        assertThat(files).hasSize(155).containsExactlyElementsOf(rows);
    }

    @Test
    void readsEveryCorpusFileAsItsFamilyOrSaysWhereAndWhyNot() throws IOException {
        List<String> manifest = Files.readAllLines(Conformance.resolve("corpus/MANIFEST.tsv"));
        Map<String, int[]> table = new TreeMap<>();
        Map<String, Integer> unreadable = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int files = 0;
        for (String line : manifest.subList(1, manifest.size())) {
            String[] f = line.split("\t", -1);
            Path file = Conformance.resolve("corpus/" + f[1] + "/" + f[0]);
            assertThat(file).exists();
            files++;
            String want = expected(f);
            try {
                Document doc = codejson.read(file);
                String got = doc.family().id();
                boolean right = want != null && (got.equals(want)
                        || want.equals("shareit") && (got.equals("shareit-2.0.0") || got.equals("cms-2.1.0")));
                if (!right) {
                    wrong.add(f[0] + ": read as " + got + ", manifest says " + f[6] + " " + f[7]);
                }
                long assumed = doc.notices().stream().filter(v -> ASSUMPTIONS.contains(v.rule())).count();
                if (assumed != (declaresItsFamily(f) ? 0 : 1)) {
                    wrong.add(f[0] + ": " + assumed + " notices of an assumed family: " + doc.notices());
                }
                int[] row = table.computeIfAbsent(got, k -> new int[4]);
                row[0]++;
                row[codejson.validate(doc, Profile.STRICT).valid() ? 1 : 2]++;
                row[3] += codejson.validate(doc).valid() ? 1 : 0;
            } catch (JsonReadException e) {
                if (want != null || !e.reason().startsWith("malformed JSON") && !e.reason().startsWith("the input is empty")) {
                    wrong.add(f[0] + ": unreadable (" + e.reason() + "), manifest says " + f[6] + " " + f[7]);
                }
                assertThat(e.source()).isEqualTo(file.toString());
                assertThat(e.reason()).isNotBlank();
                assertThat(e.location().isKnown()).as(f[0] + ": " + e.reason()).isTrue();
                unreadable.merge(category(e.reason()), 1, Integer::sum);
            }
        }
        System.out.printf("%-22s %6s %12s %14s %16s%n", "family", "files", "valid strict", "invalid strict",
                "valid by default");
        int read = 0;
        for (Map.Entry<String, int[]> e : table.entrySet()) {
            int[] r = e.getValue();
            read += r[0];
            System.out.printf("%-22s %6d %12d %14d %16d%n", e.getKey(), r[0], r[1], r[2], r[3]);
        }
        int failed = unreadable.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%-22s %6d%n", "unreadable", failed);
        unreadable.forEach((reason, n) -> System.out.printf("    %3d  %s%n", n, reason));
        wrong.forEach(System.out::println);
        assertThat(read + failed).isEqualTo(files);
        assertThat(wrong).isEmpty();
        assertThat(table.keySet()).contains("codegov-1.0.1", "codegov-2.0.0", "shareit-2.0.0", "cms-2.1.0");
    }

    private static String category(String reason) {
        if (reason.startsWith("unsupported code.json version")) {
            return "unsupported version (name the family to read it anyway)";
        }
        if (reason.startsWith("a code.json document is a JSON object")) {
            return "not an object (a top-level array)";
        }
        if (reason.startsWith("cannot tell the code.json family")) {
            return "no family: neither an inventory nor a repository object";
        }
        if (reason.startsWith("this is a JSON Schema")) {
            return "a JSON Schema, not a code.json document";
        }
        return "not JSON: " + reason.replaceAll("[0-9]+", "N").replaceAll("\"[^\"]*\"", "\"...\"")
                .replaceAll("'[^']*'", "'...'");
    }
}
