package gov.ca.code.codejson.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the plugin's {@code generate} + {@code check} cost a small build: the open-source-library
 * example built with {@code verify} four ways, interleaved round by round so that all see the same
 * load: without the plugin, as it is (with {@code generate} + {@code check}), the same with
 * {@code -Dcodejson.incremental=false} in a copy of its own (the goals' work in a clean build), and
 * with CycloneDX's {@code makeBom} instead, the usual other plugin that reads the same POM. Each build
 * is a whole {@code mvnw -q} process; the harness prints the median wall time of each and the
 * ratios to the build without the plugin. The builds run online, every variant alike: offline,
 * {@code makeBom} skips itself with a warning (it requires online mode), which once made this
 * comparison measure a build without it. Nothing is downloaded once the untimed first round has
 * run; the harness checks after every build that the variant's goal wrote its file.
 *
 * <p>The copy is made under {@code codejson-benchmarks/target/plugin-cost} with its own git
 * history of one commit, so that the plugin reads git dates as in a real project. Maven resolves
 * the plugin from the local repository the examples' build stages it in
 * ({@code codejson-examples/target/local-repo}, or the one given), and everything else, such as
 * {@code cyclonedx-maven-plugin} 2.9.3, from {@code ~/.m2/repository} behind it
 * ({@code maven.repo.local.tail}). Run it from the repository folder:
 *
 * <pre>{@code java -cp codejson-benchmarks/target/benchmarks.jar gov.ca.code.codejson.bench.PluginCost [ROUNDS] [LOCAL-REPO]}</pre>
 */
public final class PluginCost {

    /** The build with {@code generate} + {@code check} doing all their work, as after {@code clean}. */
    private static final String IN_FULL = "with-codejson-in-full";

    /** The CycloneDX plugin measured beside. */
    static final String CYCLONEDX = "org.cyclonedx:cyclonedx-maven-plugin:2.9.3";

    private static final Pattern PLUGIN = Pattern.compile(
            "\\s*<plugin>\\s*<groupId>gov\\.ca\\.code</groupId>\\s*<artifactId>codejson-maven-plugin</artifactId>.*?</plugin>",
            Pattern.DOTALL);

    private PluginCost() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the rounds (default 5) and the local repository holding the plugin (default the examples')
     * @throws IOException when the copy cannot be made
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Path.of("").toAbsolutePath();
        Path repo = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : root.resolve("codejson-examples/target/local-repo");
        Path project = root.resolve("codejson-benchmarks/target/plugin-cost/project");
        Path full = root.resolve("codejson-benchmarks/target/plugin-cost/project-full");
        Map<String, String> poms = variants(Files.readString(root.resolve("codejson-examples/open-source-library/pom.xml")));
        prepare(root, project, poms);
        // The goals' inputs include the codejson.* properties, so the build that turns incremental
        // work off has a copy of its own: in the same folder it would make the next incremental build
        // generate and check again.
        prepare(root, full, poms);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        poms.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        times.put(IN_FULL, new ArrayList<>());
        // One untimed round fills the file-system cache and checks that every variant builds.
        for (int round = 0; round <= rounds; round++) {
            for (String variant : times.keySet()) {
                long ms = variant.equals(IN_FULL)
                        ? build(root, full, "with-codejson", repo, "-Dcodejson.incremental=false")
                        : build(root, project, variant, repo);
                if (round > 0) {
                    times.get(variant).add(ms);
                }
            }
        }
        long plain = median(times.get("without-plugin"));
        long codejson = median(times.get("with-codejson"));
        long cyclonedx = median(times.get("with-cyclonedx"));
        System.out.printf("verify of open-source-library, median wall time of %d rounds:%n", rounds);
        System.out.printf("  without the plugin         %6d ms%n", plain);
        long inFull = median(times.get(IN_FULL));
        System.out.printf("  with generate + check      %6d ms  %.2f x  (goal <= 1.10 x)%n", codejson, (double) codejson / plain);
        System.out.printf("  the same, not incremental  %6d ms  %.2f x  (as in a clean build)%n", inFull, (double) inFull / plain);
        System.out.printf("  with cyclonedx makeBom     %6d ms  %.2f x%n", cyclonedx, (double) cyclonedx / plain);
        // On a busy machine the difference can vanish in the noise: then there is no ratio to print.
        System.out.println(cyclonedx > plain
                ? String.format("  codejson added / cyclonedx added: %.2f (goal < 1)", (double) (codejson - plain) / (cyclonedx - plain))
                : "  cyclonedx added nothing measurable: no ratio of the added times (run it on a quieter machine)");
    }

    /** The three POMs: without the plugin, as it is, and with makeBom in the plugin's place. */
    static Map<String, String> variants(String pom) {
        Matcher plugin = PLUGIN.matcher(pom);
        if (!plugin.find()) {
            throw new IllegalArgumentException("the example POM has no codejson-maven-plugin element");
        }
        Map<String, String> poms = new LinkedHashMap<>();
        poms.put("without-plugin", plugin.replaceFirst(""));
        poms.put("with-codejson", pom);
        String[] gav = CYCLONEDX.split(":");
        poms.put("with-cyclonedx", plugin.replaceFirst(Matcher.quoteReplacement("\n      <plugin><groupId>" + gav[0]
                + "</groupId><artifactId>" + gav[1] + "</artifactId><version>" + gav[2] + "</version>"
                + "<executions><execution><phase>package</phase><goals><goal>makeBom</goal></goals></execution>"
                + "</executions></plugin>")));
        return poms;
    }

    /** Copies the example into a folder with the POM of each variant beside its own, in a git history of one commit. */
    private static void prepare(Path root, Path project, Map<String, String> poms) throws IOException, InterruptedException {
        copy(root.resolve("codejson-examples/open-source-library"), project);
        for (Map.Entry<String, String> e : poms.entrySet()) {
            Files.writeString(project.resolve(e.getKey() + ".xml"), e.getValue());
        }
        git(project, "init", "-q");
        git(project, "add", "-A");
        git(project, "-c", "user.name=bench", "-c", "user.email=bench@example.gov", "commit", "-q", "-m", "example");
    }

    private static long build(Path root, Path project, String variant, Path repo, String... options)
            throws IOException, InterruptedException {
        Path written = project.resolve(variant.equals("with-cyclonedx") ? "target/bom.json" : "target/codejson/code.json");
        if (variant.equals("with-cyclonedx")) {
            Files.deleteIfExists(written);
        }
        List<String> command = new ArrayList<>(Arrays.asList(root.resolve("mvnw").toString(), "-q", "-B",
                "-f", project.resolve(variant + ".xml").toString(), "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + System.getProperty("user.home") + "/.m2/repository", "verify"));
        command.addAll(Arrays.asList(options));
        Path log = project.resolve(variant + ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(variant + " failed (exit " + exit + "), see " + log);
        }
        if (!variant.equals("without-plugin") && !Files.isRegularFile(written)) {
            throw new IllegalStateException(variant + " did not write " + project.relativize(written)
                    + ": its goal did not run, so there is nothing to measure; see " + log);
        }
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
    }

    /** Copies the example's sources and files, not its build output, into a fresh folder. */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(f -> !from.relativize(f).startsWith("target")).forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
