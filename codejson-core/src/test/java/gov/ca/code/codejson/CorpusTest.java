package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import gov.ca.code.codejson.json.JsonReadException;

/**
 * Every real file either reads or fails with a located error that says why; every file that reads
 * is written back canonically with nothing lost (an independent parser sees the same tree) and
 * the canonical form is a fixed point.
 */
class CorpusTest {

    private final CodeJson codejson = new CodeJson();
    private final ObjectMapper independent = new ObjectMapper();

    @Test
    void everyCorpusFileReadsOrFailsWithALocatedReason() {
        List<Path> files = Conformance.jsonFiles("corpus");
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> unexplained = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            try {
                Document doc = codejson.read(file);
                outcomes.merge("read as " + doc.family().id(), 1, Integer::sum);
            } catch (JsonReadException e) {
                outcomes.merge("not read: " + e.reason().replaceAll("[\"\\d].*", "").strip(), 1, Integer::sum);
                if (objectsForAnIndependentParser(file)) {
                    refused.add(file.getFileName() + ": " + e.reason());
                }
                if (e.reason().isBlank() || (!e.location().isKnown() && !e.reason().contains("cannot read"))) {
                    unexplained.add(file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        System.out.println("corpus: " + files.size() + " files");
        outcomes.forEach((k, v) -> System.out.printf("  %4d  %s%n", v, k));
        assertThat(files).hasSizeGreaterThan(150);
        assertThat(unexplained).isEmpty();
        assertThat(refused).as("JSON objects or arrays of objects that were refused").isEmpty();
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(files.size());
    }

    /** {@return whether an independent parser sees an object or an array of objects in the file} */
    private boolean objectsForAnIndependentParser(Path file) {
        JsonNode tree;
        try {
            tree = independent.readTree(Conformance.text(file));
        } catch (RuntimeException e) {
            return false;
        }
        if (tree == null || !(tree.isObject() || tree.isArray())) {
            return false;
        }
        for (JsonNode element : tree.isArray() ? tree : List.of(tree)) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyFileThatReadsRoundTripsToAnEqualTree() throws Exception {
        int checked = 0;
        List<String> lossy = new ArrayList<>();
        for (Path file : Conformance.jsonFiles("corpus")) {
            Document doc;
            try {
                doc = codejson.read(file);
            } catch (JsonReadException e) {
                continue;
            }
            String canonical = codejson.write(doc);
            JsonNode before = independent.readTree(Conformance.text(file));
            JsonNode after = independent.readTree(canonical);
            if (!before.equals(after)) {
                lossy.add(file.getFileName().toString());
            }
            Document again = codejson.read(canonical, "canonical");
            assertThat(codejson.write(again)).as("canonical form of %s is a fixed point", file.getFileName())
                    .isEqualTo(canonical);
            // An array root stays an array, an object an object.
            char open = before.isArray() ? '[' : '{';
            assertThat(canonical).endsWith((open == '[' ? "]" : "}") + "\n").doesNotContain("\r");
            assertThat(canonical.getBytes(StandardCharsets.UTF_8)).startsWith((byte) open);
            checked++;
        }
        System.out.println("round trip: " + checked + " documents, " + lossy.size() + " lossy");
        assertThat(checked).isGreaterThan(50);
        assertThat(lossy).isEmpty();
    }
}
