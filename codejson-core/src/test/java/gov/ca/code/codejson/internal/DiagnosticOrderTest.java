package gov.ca.code.codejson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;

class DiagnosticOrderTest {

    @Test
    void givesTheOrderOfTheComparatorForManyDiagnosticsOfOneFileWithSharedLocations() {
        // Few lines and columns, so that many diagnostics share a location and are told apart by pointer, rule and message.
        List<Diagnostic> diagnostics = random(new Random(1), 5_000, 40, 6, List.of(""));

        assertSameOrderAsTheComparator(diagnostics);
    }

    @Test
    void givesTheOrderOfTheComparatorForDiagnosticsOfSeveralFiles() {
        assertSameOrderAsTheComparator(random(new Random(2), 2_000, 50, 10, List.of("b.json", "a.json", "c/code.json")));
    }

    @Test
    void givesTheOrderOfTheComparatorForLinesAndColumnsTooLargeToPack() {
        List<Diagnostic> diagnostics = random(new Random(3), 1_000, 30, 5, List.of("x.json"));
        diagnostics.add(Diagnostic.at("/a", "r", Severity.ERROR, "m", new Location(1 << 25, 1)).inFile("x.json"));
        diagnostics.add(Diagnostic.at("/b", "r", Severity.ERROR, "m", new Location(2, 1 << 18)).inFile("x.json"));
        diagnostics.add(Diagnostic.at("/c", "r", Severity.ERROR, "m", new Location(Integer.MAX_VALUE, Integer.MAX_VALUE))
                .inFile("x.json"));

        assertSameOrderAsTheComparator(diagnostics);
    }

    @Test
    void putsDiagnosticsWithoutALocationFirstAsTheComparatorDoes() {
        List<Diagnostic> diagnostics = random(new Random(4), 500, 20, 4, List.of(""));
        for (int i = 0; i < 50; i++) {
            diagnostics.add(Diagnostic.at("/releases/" + i, "schema.required", Severity.ERROR, "missing", Location.UNKNOWN));
        }

        assertSameOrderAsTheComparator(diagnostics);
    }

    @Test
    void leavesEmptyAndSingleListsAsTheyAre() {
        List<Diagnostic> empty = new ArrayList<>();
        List<Diagnostic> one = new ArrayList<>(random(new Random(5), 1, 3, 3, List.of("")));
        List<Diagnostic> before = List.copyOf(one);

        DiagnosticOrder.sort(empty);
        DiagnosticOrder.sort(one);

        assertThat(empty).isEmpty();
        assertThat(one).isEqualTo(before);
    }

    /** The same list as a stable sort with the comparator gives, which keeps diagnostics it ranks equal in their order. */
    private static void assertSameOrderAsTheComparator(List<Diagnostic> diagnostics) {
        for (long seed = 0; seed < 5; seed++) {
            List<Diagnostic> actual = new ArrayList<>(diagnostics);
            Collections.shuffle(actual, new Random(seed));
            List<Diagnostic> expected = new ArrayList<>(actual);
            expected.sort(Diagnostic.ORDER);

            DiagnosticOrder.sort(actual);

            assertThat(actual).as("shuffled with seed %d", seed).isEqualTo(expected);
        }
    }

    private static List<Diagnostic> random(Random random, int count, int lines, int columns, List<String> files) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Location location = new Location(1 + random.nextInt(lines), 1 + random.nextInt(columns));
            String pointer = "/releases/" + random.nextInt(12) + (random.nextBoolean() ? "/tags" : "/contact/email");
            String rule = random.nextBoolean() ? "quality" : "codegov.url";
            Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
            String message = "message " + random.nextInt(3);
            out.add(Diagnostic.at(pointer, rule, severity, message, location).inFile(files.get(random.nextInt(files.size()))));
        }
        return out;
    }
}
