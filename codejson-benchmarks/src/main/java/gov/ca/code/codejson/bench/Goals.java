package gov.ca.code.codejson.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/**
 * The performance goals as one table: each codejson operation alternated with its baseline in
 * one process (Jackson, networknt, and ajv 6 in a node process driven line by line where node is
 * installed), then the cold CLI against node + ajv as whole processes, then the time per release of
 * read + validate at 1,000, 10,000 and 100,000 releases. Bounded: a few minutes on two cores.
 *
 * <pre>java -Xmx3g -cp codejson-benchmarks/target/benchmarks.jar gov.ca.code.codejson.bench.Goals [releases] [rounds]</pre>
 */
public final class Goals {

    /** The system property giving a folder where ajv 6 is (or is to be) installed with npm. */
    public static final String AJV_DIR = "codejson.ajv.dir";

    private static final String NASA = "codejson-core/src/test/conformance/corpus/real/nasa__Open-Source-Catalog__code.json";
    private static final String LAUNCHER = "codejson-cli/target/codejson/bin/codejson";

    /** The least time each row of a full run is warmed up for, both sides alternated, before its measured rounds. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private record Row(String name, Compare.Operation codejson, String baselineName, Compare.Operation baseline,
            double goal) {
    }

    private Goals() {
    }

    /**
     * Runs every row and prints the table.
     *
     * @param args the releases of the synthetic inventory (default 10000), the measured rounds
     *     (default 5, after as many warm-up rounds and at least 10 s of them per row), and
     *     {@code smoke} to skip the processes, the scale rows and the 10 s
     * @throws Exception when an input cannot be read
     */
    public static void main(String[] args) throws Exception {
        int releases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean smoke = args.length > 2 && args[2].equals("smoke");
        run(releases, rounds, smoke ? Duration.ZERO : WARM_UP, !smoke, System.out);
    }

    /**
     * Runs the table.
     *
     * @param releases releases of the synthetic inventory
     * @param rounds measured rounds per row, after as many warm-up rounds
     * @param warmUp the least time the warm-up rounds of a row take, so that both sides run compiled
     *     code when measured, whatever the size of the input
     * @param processes whether to run the node and whole-process rows and the 100,000-release row
     * @param out where to print
     * @throws Exception when an input cannot be read
     */
    public static void run(int releases, int rounds, Duration warmUp, boolean processes, PrintStream out) throws Exception {
        byte[] bytes = Inventories.synthetic(releases);
        String input = Inventories.SYNTHETIC + releases;
        CodeJson codejson = new CodeJson();
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Path schemaFile = BaselineBenchmark.schemaFile();
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Compare.Operation readCodegov = () -> codejson.validate(codejson.read(new ByteArrayInputStream(bytes), input, null),
                Profile.CODEGOV);
        if (Files.isRegularFile(schemaFile)) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(Files.readString(schemaFile), InputFormat.JSON);
            Compare.Operation networknt = () -> schema.validate(mapper.readTree(bytes),
                    c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)));
            rows.add(new Row("read + validate, codegov (with locations)", readCodegov,
                    "networknt read + validate", networknt, 1.0));
            rows.add(new Row("read + validate, strict", () -> codejson.validate(
                    codejson.read(new ByteArrayInputStream(bytes), input, null), Profile.STRICT),
                    "networknt read + validate", networknt, 0.5));
        } else {
            notes.add("networknt rows skipped: " + BaselineBenchmark.missingSchema());
        }
        Path inventory = Files.createTempFile("codejson-goals", ".json");
        Files.write(inventory, bytes);
        Ajv ajv = processes ? Ajv.start(schemaFile, inventory, notes) : null;
        if (ajv != null) {
            rows.add(new Row("read + validate, codegov, in a live process", readCodegov, "ajv 6 on node", ajv::once, 1.0));
        } else if (!processes) {
            notes.add("ajv row skipped: smoke run");
        }
        rows.add(new Row("read (located tree and model)", () -> codejson.read(new ByteArrayInputStream(bytes), input, null),
                "Jackson readTree", () -> mapper.readTree(bytes), 2.0));
        rows.add(new Row("format (read + write)", () -> codejson.write(codejson.read(new ByteArrayInputStream(bytes), input, null)),
                "Jackson round trip", () -> mapper.writeValueAsString(mapper.readTree(bytes)), 2.0));

        out.printf(Locale.ROOT, "%s: %d bytes; per row, at least %d warm-up rounds and %d s of them, then %d measured"
                + " rounds, alternating; medians of CPU time%n", input, bytes.length, rounds, warmUp.toSeconds(), rounds);
        out.println("| operation | codejson | baseline | ratio now | goal | met |");
        out.println("|---|---:|---:|---:|---:|---|");
        for (Row row : rows) {
            List<Compare.Sample> ours = new ArrayList<>();
            List<Compare.Sample> theirs = new ArrayList<>();
            long warmUpStart = System.nanoTime();
            for (int round = 0; round < rounds || System.nanoTime() - warmUpStart < warmUp.toNanos(); round++) {
                Compare.measure(row.codejson());
                measureBaseline(row, ajv);
            }
            for (int round = 0; round < rounds; round++) {
                ours.add(Compare.measure(row.codejson()));
                theirs.add(measureBaseline(row, ajv));
            }
            print(out, row.name(), Compare.median(ours).cpuNanos(), row.baselineName(), Compare.median(theirs).cpuNanos(),
                    row.goal(), "ms");
        }
        if (ajv != null) {
            ajv.close();
        }
        if (processes) {
            cold(out, schemaFile, notes);
        } else {
            notes.add("cold CLI row skipped: smoke run");
        }
        notes.add("plugin row (generate + check against the same build without the plugin): not run by this harness;"
                + " see the README's Maven plugin section for how it is measured");
        Files.deleteIfExists(inventory);
        for (String note : notes) {
            out.println("- " + note);
        }
        scale(out, codejson, processes ? new int[] {1_000, 10_000, 100_000} : new int[] {releases});
    }

    /** The ajv baseline is measured inside node, by node's own clock, so that the pipe is not counted. */
    private static Compare.Sample measureBaseline(Row row, Ajv ajv) throws Exception {
        if (ajv != null && row.baselineName().startsWith("ajv")) {
            return ajv.measure();
        }
        return Compare.measure(row.baseline());
    }

    private static void print(PrintStream out, String name, long ours, String baselineName, long theirs, double goal,
            String unit) {
        double ratio = (double) ours / theirs;
        out.printf(Locale.ROOT, "| %s | %.0f %s | %s %.0f %s | %.2f × | ≤ %.1f × | %s |%n", name, ours / 1e6, unit,
                baselineName, theirs / 1e6, unit, ratio, goal, ratio <= goal ? "yes" : "no");
    }

    /** The cold row: the launcher on NASA's inventory against node + ajv, whole processes, wall time, alternated. */
    private static void cold(PrintStream out, Path schemaFile, List<String> notes) throws Exception {
        Path launcher = Path.of(LAUNCHER);
        Path nasa = Path.of(NASA);
        Path ajvDir = Ajv.installed(notes);
        if (!Files.isRegularFile(launcher) || !Files.isRegularFile(nasa) || ajvDir == null) {
            notes.add("cold CLI row skipped: needs " + launcher + " (./mvnw -pl codejson-cli -am package), " + nasa
                    + " and ajv");
            return;
        }
        Path script = Ajv.script();
        List<String> codejson = List.of("sh", launcher.toString(), "validate", nasa.toString());
        List<String> node = List.of("node", script.toString(), ajvDir.toString(), schemaFile.toString(), nasa.toString());
        process(codejson);
        List<Long> ours = new ArrayList<>();
        List<Long> theirs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            ours.add(process(codejson));
            theirs.add(process(node));
        }
        ours.sort(null);
        theirs.sort(null);
        print(out, "CLI validate of NASA's inventory, whole process, cold (wall)", ours.get(1), "node + ajv 6",
                theirs.get(1), 1.5, "ms");
    }

    private static long process(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return System.nanoTime() - start;
    }

    /** Time per release of read + validate (codegov) as inventories grow. */
    private static void scale(PrintStream out, CodeJson codejson, int[] sizes) throws Exception {
        out.println();
        out.println("| releases | read + validate, codegov, CPU ms | µs per release |");
        out.println("|---:|---:|---:|");
        for (int n : sizes) {
            byte[] bytes = Inventories.synthetic(n);
            int rounds = 3;
            List<Compare.Sample> samples = new ArrayList<>();
            try {
                for (int round = 0; round < 2 * rounds; round++) {
                    Compare.Sample s = Compare.measure(() -> codejson.validate(
                            codejson.read(new ByteArrayInputStream(bytes), "synthetic", null), Profile.CODEGOV));
                    if (round >= rounds) {
                        samples.add(s);
                    }
                }
            } catch (JsonReadException e) {
                out.printf(Locale.ROOT, "| %,d | refused: %s | |%n", n, e.reason());
                continue;
            }
            long cpu = Compare.median(samples).cpuNanos();
            out.printf(Locale.ROOT, "| %,d | %.0f | %.1f |%n", n, cpu / 1e6, cpu / 1e3 / n);
        }
    }

    /** An ajv 6 process on node that reads and validates the inventory once per request line. */
    private static final class Ajv implements AutoCloseable {
        private final Process process;
        private final Writer requests;
        private final BufferedReader replies;

        private Ajv(Process process) {
            this.process = process;
            this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Ajv start(Path schema, Path inventory, List<String> notes) throws IOException {
            Path dir = installed(notes);
            if (dir == null || !Files.isRegularFile(schema)) {
                return null;
            }
            Process p = new ProcessBuilder("node", script().toString(), dir.toString(), schema.toString(),
                    inventory.toString(), "serve").redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new Ajv(p);
        }

        /** {@return the folder with ajv 6 installed, installing it with npm on first use, or null with a note} */
        static Path installed(List<String> notes) {
            Path dir = Path.of(System.getProperty(AJV_DIR, "codejson-benchmarks/target/ajv"));
            if (Files.isRegularFile(dir.resolve("node_modules/ajv/package.json"))) {
                return dir.toAbsolutePath();
            }
            try {
                Files.createDirectories(dir);
                Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                        dir.toString(), "ajv@6").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0
                        && Files.isRegularFile(dir.resolve("node_modules/ajv/package.json"))) {
                    return dir.toAbsolutePath();
                }
                notes.add("ajv rows skipped: npm install ajv@6 into " + dir + " failed");
            } catch (IOException e) {
                notes.add("ajv rows skipped: node and npm are needed (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        /** {@return the node script, copied out of the jar} */
        static Path script() throws IOException {
            Path script = Files.createTempFile("codejson-ajv", ".js");
            script.toFile().deleteOnExit();
            try (InputStream in = Goals.class.getResourceAsStream("ajv-validate.js")) {
                Files.write(script, in.readAllBytes());
            }
            return script;
        }

        Object once() throws IOException {
            return measure();
        }

        Compare.Sample measure() throws IOException {
            requests.write("\n");
            requests.flush();
            String[] reply = replies.readLine().split(" ");
            long cpu = Long.parseLong(reply[0]) * 1000;
            long wall = Long.parseLong(reply[1]) * 1000;
            return new Compare.Sample(wall, cpu, 0);
        }

        @Override
        public void close() throws IOException {
            requests.close();
            process.destroy();
        }
    }
}
