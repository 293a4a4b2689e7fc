package gov.ca.code.codejson.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicense;
import gov.ca.code.codejson.license.SpdxLicenses;

/**
 * What a build pays the first time it maps a POM's licenses: loading the bundled SPDX License
 * List, with the key of every name and URL, in a new process. This build and another one are run
 * as child processes in alternating order, and the harness prints the median of each, their ratio,
 * and whether both resolve the list's own names and URLs alike.
 *
 * <pre>java -cp target/benchmarks.jar gov.ca.code.codejson.bench.SpdxLoad BASELINE [rounds]</pre>
 *
 * <p>{@code BASELINE} is the {@code benchmarks.jar} (or any class path holding the core) of the
 * build to compare with. It goes first on the child's class path, before this harness, so that its
 * core is the one loaded.
 */
public final class SpdxLoad {

    private SpdxLoad() {
    }

    /**
     * Runs the comparison, or, with {@code child} as the only argument, one load.
     *
     * @param args the baseline's class path and the rounds (default 15)
     * @throws Exception when a child process fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("child")) {
            child(System.out);
            return;
        }
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SpdxLoad BASELINE [rounds]; BASELINE is the class path of the build to compare with");
            System.exit(2);
        }
        String current = System.getProperty("java.class.path");
        run(current, args[0] + File.pathSeparator + current, args.length > 1 ? Integer.parseInt(args[1]) : 15, System.out);
    }

    /**
     * Loads the list once in a new process of each build per round, alternating which goes first.
     *
     * @param current the class path of this build
     * @param baseline the class path of the build compared with
     * @param rounds how many loads of each
     * @param out where the result is printed
     * @throws IOException when a child cannot be started or fails
     * @throws InterruptedException when interrupted while waiting for a child
     */
    public static void run(String current, String baseline, int rounds, PrintStream out)
            throws IOException, InterruptedException {
        List<Long> ours = new ArrayList<>();
        List<Long> theirs = new ArrayList<>();
        String ourResult = "";
        String theirResult = "";
        for (int round = 0; round < rounds; round++) {
            boolean oursFirst = round % 2 == 0;
            String[] first = load(oursFirst ? current : baseline);
            String[] second = load(oursFirst ? baseline : current);
            String[] mine = oursFirst ? first : second;
            String[] base = oursFirst ? second : first;
            ours.add(Long.parseLong(mine[0]));
            theirs.add(Long.parseLong(base[0]));
            ourResult = mine[1];
            theirResult = base[1];
        }
        long a = median(ours);
        long b = median(theirs);
        out.printf(Locale.ROOT, "SPDX list load in a new process, median of %d each, alternating:%n", rounds);
        out.printf(Locale.ROOT, "  this build %.1f ms, baseline %.1f ms, ratio %.2f%n", a / 1e6, b / 1e6, (double) a / b);
        out.println("  same result: " + (ourResult.equals(theirResult) ? "yes (" + ourResult + ")"
                : "no: " + ourResult + " against " + theirResult));
    }

    /** {@return the nanoseconds of one load and its result, from a child process} */
    private static String[] load(String classPath) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath, SpdxLoad.class.getName(), "child")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || !text.matches("\\d+\t.+")) {
            throw new IOException("the child process on " + classPath + " failed: " + text);
        }
        return text.split("\t", 2);
    }

    /**
     * Times the first call of {@link SpdxLicenses#bundled()}, then resolves every name and every
     * URL of the list, so that two builds whose keys differ are seen to.
     */
    private static void child(PrintStream out) {
        long start = System.nanoTime();
        SpdxLicenses list = SpdxLicenses.bundled();
        long nanos = System.nanoTime() - start;
        int names = 0;
        int urls = 0;
        int hash = 0;
        for (SpdxLicense license : list.licenses()) {
            LicenseMatch byName = list.resolveName(license.name());
            names += byName.resolved() ? 1 : 0;
            hash = 31 * hash + (byName.resolved() ? byName.spdxId().hashCode() : 0);
            for (String url : license.seeAlso()) {
                LicenseMatch byUrl = list.resolveUrl(url);
                urls += byUrl.resolved() ? 1 : 0;
                hash = 31 * hash + (byUrl.resolved() ? byUrl.spdxId().hashCode() : 0);
            }
        }
        out.println(nanos + "\t" + list.licenses().size() + " licenses, " + names + " names and " + urls
                + " URLs resolved, digest " + Integer.toHexString(hash));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
