package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/**
 * Every file of the conformance corpus is read as the family its shape and version say, or fails with
 * a located reason; the table of families is printed.
 */
class FamilyCorpusTest {

    private final CodeJson codejson = new CodeJson();

    /**
     * The family the corpus manifest's shape and declared version call for; null when no family
     * applies. The manifest calls UTF-16 files unparseable because its tool read only UTF-8; they
     * are 2.0.0 inventories, and codejson reads UTF-16 with a byte order mark.
     */
    private static String expected(String shape, String version, String reason) {
        if (shape.equals("unparseable") && reason.contains("UTF-16")) {
            return "codegov-2.0.0";
        }
        if (shape.startsWith("repo-object")) {
            return "shareit";
        }
        if (shape.equals("inventory(releases)") || shape.equals("releases-map(derived)")) {
            return version.equals("2.0.0") || version.equals("2.0") || version.equals("(none)") ? "codegov-2.0.0" : null;
        }
        if (shape.equals("inventory(projects)")) {
            if (version.equals("1.0.1") || version.equals("(none)")) {
                return "codegov-1.0.1";
            }
            return version.equals("2.0") ? "codegov-2.0.0" : null;
        }
        return null;
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
            String want = expected(f[6], f[7], f[12]);
            try {
                Document doc = codejson.read(file);
                String got = doc.family().id();
                boolean right = want != null && (got.equals(want)
                        || want.equals("shareit") && (got.equals("shareit-2.0.0") || got.equals("cms-2.1.0")));
                if (!right) {
                    wrong.add(f[0] + ": read as " + got + ", manifest says " + f[6] + " " + f[7]);
                }
                int[] row = table.computeIfAbsent(got, k -> new int[4]);
                row[0]++;
                row[codejson.validate(doc, Profile.STRICT).valid() ? 1 : 2]++;
                row[3] += codejson.validate(doc).valid() ? 1 : 0;
            } catch (JsonReadException e) {
                if (want != null) {
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
