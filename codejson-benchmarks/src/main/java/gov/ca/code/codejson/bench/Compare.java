package gov.ca.code.codejson.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.validation.Profile;

/**
 * A timed harness for busy machines: it alternates each codejson operation with its baseline,
 * round after round in one thread, so both see the same load, and prints the median wall time,
 * the median CPU time of the thread and the bytes allocated per operation, with the ratios.
 * JMH measures each benchmark on its own, minutes apart, which on a shared two-core machine
 * lets other work skew a ratio; alternating does not.
 *
 * <pre>java -cp target/benchmarks.jar gov.ca.code.codejson.bench.Compare [input] [rounds]</pre>
 */
public final class Compare {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One measured operation; the result is kept so that nothing is optimised away. */
    @FunctionalInterface
    interface Operation {
        Object run() throws Exception;
    }

    private record Pair(String name, Operation codejson, String baselineName, Operation baseline) {
    }

    record Sample(long wallNanos, long cpuNanos, long bytes) {
    }

    private static volatile Object sink;

    private Compare() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the input ({@code synthetic:N} or a file, default {@code synthetic:1000}) and the
     *     number of measured rounds (default 10), after as many warm-up rounds
     * @throws Exception when the input cannot be read
     */
    public static void main(String[] args) throws Exception {
        String input = args.length > 0 ? args[0] : Inventories.SYNTHETIC + "1000";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        run(input, rounds, System.out);
    }

    /**
     * Runs the comparison on one input.
     *
     * @param input {@code synthetic:N} or a file
     * @param rounds measured rounds, after as many warm-up rounds
     * @param out where to print the table
     * @throws Exception when the input cannot be read
     */
    public static void run(String input, int rounds, PrintStream out) throws Exception {
        byte[] bytes = Inventories.load(input);
        CodeJson codejson = new CodeJson();
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Document document = codejson.read(new ByteArrayInputStream(bytes), input, null);
        JsonNode tree = mapper.readTree(bytes);
        int releases = tree.path("releases").size();

        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair("read", () -> codejson.read(new ByteArrayInputStream(bytes), input, null),
                "jacksonReadTree", () -> mapper.readTree(bytes)));
        pairs.add(new Pair("write", () -> codejson.write(document),
                "jacksonWrite", () -> mapper.writeValueAsString(tree)));
        pairs.add(new Pair("roundTrip", () -> codejson.write(codejson.read(new ByteArrayInputStream(bytes), input, null)),
                "jacksonRoundTrip", () -> mapper.writeValueAsString(mapper.readTree(bytes))));
        Path schemaFile = BaselineBenchmark.schemaFile();
        if (Files.isRegularFile(schemaFile)) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(Files.readString(schemaFile), InputFormat.JSON);
            Operation networknt = () -> schema.validate(tree, c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)));
            pairs.add(new Pair("validateStrict", () -> codejson.validate(document, Profile.STRICT),
                    "networkntValidate", networknt));
            pairs.add(new Pair("validateCodegov", () -> codejson.validate(document, Profile.CODEGOV),
                    "networkntValidate", networknt));
            pairs.add(new Pair("readValidateStrict",
                    () -> codejson.validate(codejson.read(new ByteArrayInputStream(bytes), input, null), Profile.STRICT),
                    "networkntReadValidate",
                    () -> schema.validate(mapper.readTree(bytes), c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)))));
        } else {
            out.println("validation baselines skipped: " + BaselineBenchmark.missingSchema());
        }

        out.printf(Locale.ROOT, "input %s: %d releases, %d bytes; %d warm-up and %d measured rounds, alternating%n",
                input, releases, bytes.length, rounds, rounds);
        out.println("| benchmark | ms/document | CPU ms/document | CPU µs/release | MB allocated | baseline | ms/document "
                + "| CPU ms/document | MB allocated | ratio (wall) | ratio (CPU) |");
        out.println("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        for (Pair pair : pairs) {
            List<Sample> ours = new ArrayList<>();
            List<Sample> theirs = new ArrayList<>();
            for (int round = 0; round < 2 * rounds; round++) {
                Sample a = measure(pair.codejson());
                Sample b = measure(pair.baseline());
                if (round >= rounds) {
                    ours.add(a);
                    theirs.add(b);
                }
            }
            Sample o = median(ours);
            Sample t = median(theirs);
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f | %s | %.2f | %.2f | %.1f | %.2f | %.2f |%n",
                    pair.name(), o.wallNanos() / 1e6, o.cpuNanos() / 1e6, o.cpuNanos() / 1e3 / releases,
                    o.bytes() / 1e6, pair.baselineName(), t.wallNanos() / 1e6, t.cpuNanos() / 1e6, t.bytes() / 1e6,
                    (double) o.wallNanos() / t.wallNanos(), (double) o.cpuNanos() / t.cpuNanos());
        }
    }

    static Sample measure(Operation operation) throws Exception {
        long id = Thread.currentThread().getId();
        long bytes = THREADS.getThreadAllocatedBytes(id);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        sink = operation.run();
        long wallNanos = System.nanoTime() - wall;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return new Sample(wallNanos, cpuNanos, THREADS.getThreadAllocatedBytes(id) - bytes);
    }

    /** {@return what the operation measured last returned} */
    static Object last() {
        return sink;
    }

    /** The median of each measure on its own. */
    static Sample median(List<Sample> samples) {
        long[] wall = samples.stream().mapToLong(Sample::wallNanos).sorted().toArray();
        long[] cpu = samples.stream().mapToLong(Sample::cpuNanos).sorted().toArray();
        long[] bytes = samples.stream().mapToLong(Sample::bytes).sorted().toArray();
        int m = samples.size() / 2;
        return new Sample(wall[m], cpu[m], bytes[m]);
    }
}
