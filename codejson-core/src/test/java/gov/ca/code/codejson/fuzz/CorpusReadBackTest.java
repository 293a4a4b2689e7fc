package gov.ca.code.codejson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Conformance;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.json.JsonReadException;

/**
 * What codejson writes, codejson reads: every real file that reads is migrated to every family a
 * conversion leads to and merged into every merge target, and each file written reads back under
 * the same limits, with family detection, as the family it was written as.
 */
class CorpusReadBackTest {

    private final CodeJson codejson = new CodeJson();

    @Test
    void everyMigrationAndMergeOfARealFileReadsBackAsTheFamilyItWasWrittenAs() {
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (Path file : Conformance.jsonFiles("corpus")) {
            Document document;
            try {
                document = codejson.read(file);
            } catch (JsonReadException e) {
                continue;
            }
            read++;
            for (Family to : Family.values()) {
                check(failures, file, () -> RoundTrip.migrated(document, to));
            }
            check(failures, file, () -> RoundTrip.merged(document));
        }
        assertThat(read).isGreaterThan(140);
        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, Path file, Runnable property) {
        try {
            property.run();
        } catch (AssertionError e) {
            String message = e.getMessage();
            int end = message.indexOf('\n');
            failures.add(file.getFileName() + ": " + (end < 0 ? message : message.substring(0, end)));
        }
    }
}
