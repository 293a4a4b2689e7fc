package gov.ca.code.codejson.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH result file ({@code -rf json -rff results.json}) into a Markdown table: time per
 * document and per release of each codejson benchmark, next to its baseline from the same run
 * and the ratio of the two (above 1 means codejson takes longer).
 *
 * <pre>java -cp target/benchmarks.jar gov.ca.code.codejson.bench.Ratios results.json</pre>
 */
public final class Ratios {

    /** Each codejson benchmark and the baseline that does the same work. */
    private static final Map<String, String> BASELINES = new LinkedHashMap<>();

    static {
        BASELINES.put("read", "jacksonReadTree");
        BASELINES.put("validateCodegov", "networkntValidate");
        BASELINES.put("validateStrict", "networkntValidate");
        BASELINES.put("readValidateStrict", "networkntReadValidate");
        BASELINES.put("write", "jacksonWrite");
        BASELINES.put("roundTrip", "jacksonRoundTrip");
    }

    private Ratios() {
    }

    /**
     * Prints the table.
     *
     * @param args the JMH result file
     * @throws IOException when the result file or an input file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp benchmarks.jar " + Ratios.class.getName() + " results.json");
            System.exit(2);
        }
        print(new JsonMapper().readTree(Path.of(args[0]).toFile()), System.out);
    }

    /**
     * Prints the table of a parsed JMH result file.
     *
     * @param results the JMH results
     * @param out where to print
     * @throws IOException when an input file cannot be read to count its releases
     */
    public static void print(JsonNode results, PrintStream out) throws IOException {
        // input -> benchmark method -> milliseconds per document
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String benchmark = r.get("benchmark").asString();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String input = r.path("params").path("input").asString("synthetic:1000");
            double ms = toMillis(r.get("primaryMetric").get("score").asDouble(),
                    r.get("primaryMetric").get("scoreUnit").asString());
            scores.computeIfAbsent(input, k -> new LinkedHashMap<>()).put(method, ms);
        }
        ObjectMapper mapper = new JsonMapper();
        out.println("| input | releases | benchmark | ms/document | µs/release | baseline | baseline ms/document | ratio |");
        out.println("|---|---:|---|---:|---:|---|---:|---:|");
        for (Map.Entry<String, Map<String, Double>> e : scores.entrySet()) {
            int releases = mapper.readTree(Inventories.load(e.getKey())).path("releases").size();
            for (Map.Entry<String, String> pair : BASELINES.entrySet()) {
                Double ours = e.getValue().get(pair.getKey());
                if (ours == null) {
                    continue;
                }
                Double base = e.getValue().get(pair.getValue());
                out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %s | %s | %s |%n", e.getKey(), releases,
                        pair.getKey(), ours, ours * 1000 / releases, pair.getValue(),
                        base == null ? "skipped" : String.format(Locale.ROOT, "%.2f", base),
                        base == null ? "–" : String.format(Locale.ROOT, "%.2f", ours / base));
            }
        }
    }

    private static double toMillis(double score, String unit) {
        if (unit.startsWith("us/")) {
            return score / 1000;
        } else if (unit.startsWith("ns/")) {
            return score / 1_000_000;
        } else if (unit.startsWith("s/")) {
            return score * 1000;
        }
        return score;
    }
}
