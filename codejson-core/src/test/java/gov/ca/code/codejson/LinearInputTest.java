package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.json.ReadLimits;

/**
 * Reading, validating and writing take time in proportion to the input: an object with a million
 * members costs about a hundred times one with ten thousand, never the square of it (ten thousand
 * times). The bound is a ratio of two runs in the same test, not a time: at most ten times the cost
 * per member of the small run, which leaves room for the garbage collection of a million
 * diagnostics and a busy machine, and still fails by far on any pass that is quadratic.
 */
class LinearInputTest {

    private static final int SMALL = 10_000;
    private static final int LARGE = 1_000_000;

    @Test
    void anObjectWithAMillionMembersCostsInProportionToItsSizeNotItsSquare() throws Exception {
        // The default allows a million members per object; the release here has two more.
        CodeJson codejson = new CodeJson(ReadLimits.DEFAULT.withMaxMembers(2 * LARGE));
        byte[] small = inventory(SMALL);
        byte[] large = inventory(LARGE);
        for (int i = 0; i < 3; i++) {
            run(codejson, small, SMALL);
        }
        long smallNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            smallNanos = Math.min(smallNanos, run(codejson, small, SMALL));
        }

        long largeNanos = run(codejson, large, LARGE);

        assertThat(largeNanos).as("%d members took %d ms, %d members %d ms", LARGE, largeNanos / 1_000_000,
                SMALL, smallNanos / 1_000_000).isLessThanOrEqualTo(1000 * smallNanos);
    }

    /** Reads, validates and writes the inventory once; returns the nanoseconds taken. */
    private static long run(CodeJson codejson, byte[] json, int members) throws Exception {
        long start = System.nanoTime();
        Document document = codejson.read(new ByteArrayInputStream(json), "wide.json", null);
        ValidationReport report = codejson.validate(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 1024);
        codejson.write(document, out);
        long took = System.nanoTime() - start;
        assertThat(report.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(out.size()).isGreaterThan(members * 10);
        return took;
    }

    /** A code.gov 2.0.0 inventory with one release that carries {@code members} members of its own. */
    private static byte[] inventory(int members) {
        StringBuilder json = new StringBuilder(members * 24 + 512);
        json.append("{\"version\": \"2.0.0\", \"agency\": \"GSA\", \"measurementType\": {\"method\": \"projects\"},")
                .append(" \"releases\": [{\"name\": \"wide\", \"description\": \"Very many members.\"");
        for (int i = 0; i < members; i++) {
            json.append(", \"m").append(i).append("\": ").append(i);
        }
        json.append("}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
