package gov.ca.code.codejson.bench;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * This build of the core against another one, in one process: each is loaded by a class loader of
 * its own, and every operation runs on both, round after round, in alternating order. A change
 * measured this way is not at the mercy of one process running slower than the next, which on
 * the shared two-core machine is often the larger effect.
 *
 * <pre>java -Xmx3g -cp target/benchmarks.jar gov.ca.code.codejson.bench.Versus BASELINE [releases] [rounds]</pre>
 *
 * <p>{@code BASELINE} is a class path (entries separated by the platform's path separator) that
 * holds a codejson core and its libraries, such as the {@code benchmarks.jar} or the command-line
 * jar of another commit. This build is the harness's own class path. Both are driven through the
 * public API only ({@code CodeJson.read}, {@code validate} and {@code write}).
 */
public final class Versus {

    private static final String CORE = "gov.ca.code.codejson.CodeJson";

    private Versus() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the baseline's class path, the number of releases of the synthetic inventory
     *     (default 10,000) and of measured rounds (default 15, after as many warm-up rounds)
     * @throws Exception when an operation fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: Versus BASELINE [releases] [rounds]; BASELINE is the class path of the build to"
                    + " compare with, such as the benchmarks.jar of another commit");
            System.exit(2);
        }
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        try {
            run(System.getProperty("java.class.path"), args[0], releases, rounds, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("Versus: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Compares two builds on a synthetic inventory and prints the table.
     *
     * @param current the class path of this build
     * @param baseline the class path of the build compared with
     * @param releases how many releases the inventory has
     * @param rounds measured rounds, after as many warm-up rounds
     * @param out where the table is printed
     * @throws IllegalArgumentException when a class path holds no usable codejson core
     * @throws Exception when an operation fails
     */
    public static void run(String current, String baseline, int releases, int rounds, PrintStream out)
            throws Exception {
        Build ours = Build.load("this build", current);
        Build theirs = Build.load("baseline", baseline);
        byte[] bytes = Inventories.synthetic(releases);
        out.printf(Locale.ROOT, "this build: %s%nbaseline: %s%n%s%d (%d bytes): %d warm-up and %d measured rounds,"
                + " both builds each round, in alternating order; medians of the thread's CPU time%n",
                current, baseline, Inventories.SYNTHETIC, releases, bytes.length, rounds, rounds);
        out.println("| operation | this build, CPU ms | baseline, CPU ms | ratio | same result |");
        out.println("|---|---:|---:|---:|---|");
        Map<String, Compare.Operation> theirOperations = theirs.operations(bytes);
        for (Map.Entry<String, Compare.Operation> operation : ours.operations(bytes).entrySet()) {
            Compare.Operation a = operation.getValue();
            Compare.Operation b = theirOperations.get(operation.getKey());
            List<Compare.Sample> mine = new ArrayList<>();
            List<Compare.Sample> base = new ArrayList<>();
            List<Object> mineResults = new ArrayList<>();
            List<Object> baseResults = new ArrayList<>();
            for (int round = 0; round < 2 * rounds; round++) {
                boolean oursFirst = round % 2 == 0;
                Compare.Sample first = Compare.measure(oursFirst ? a : b);
                Object firstResult = Compare.last();
                Compare.Sample second = Compare.measure(oursFirst ? b : a);
                Object secondResult = Compare.last();
                mineResults.add(oursFirst ? firstResult : secondResult);
                baseResults.add(oursFirst ? secondResult : firstResult);
                if (round >= rounds) {
                    mine.add(oursFirst ? first : second);
                    base.add(oursFirst ? second : first);
                }
            }
            long cpuA = Compare.median(mine).cpuNanos();
            long cpuB = Compare.median(base).cpuNanos();
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.3f | %s |%n", operation.getKey(), cpuA / 1e6, cpuB / 1e6,
                    (double) cpuA / cpuB, agreement(mineResults, baseResults));
        }
    }

    /**
     * {@return whether two builds gave the same result in every round: {@code yes (result)}, or
     * {@code no: } with the first pair that differs}
     *
     * @param ours this build's result of each round
     * @param theirs the baseline's result of each round
     */
    static String agreement(List<Object> ours, List<Object> theirs) {
        for (int round = 0; round < ours.size(); round++) {
            if (!ours.get(round).equals(theirs.get(round))) {
                return "no: " + ours.get(round) + " against " + theirs.get(round);
            }
        }
        return "yes (" + ours.get(ours.size() - 1) + ")";
    }

    /** A step of an operation: a method handle may throw anything. */
    @FunctionalInterface
    private interface Call {
        Object call() throws Throwable;
    }

    /** One build of the core, loaded on its own, with the public methods the operations call. */
    private record Build(ClassLoader loader, Object codejson, MethodHandle read, MethodHandle validate,
            MethodHandle violations, MethodHandle write, Object codegov, Object strict) {

        static Build load(String role, String classPath) {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (entry.isBlank() || !Files.exists(path)) {
                    throw new IllegalArgumentException("the " + role + "'s class path entry \"" + entry
                            + "\" does not exist; give the jars or folders of a codejson build, such as its target/benchmarks.jar");
                }
                try {
                    urls.add(path.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException("the " + role + "'s class path entry \"" + entry + "\" is not a path: "
                            + e.getMessage(), e);
                }
            }
            // The platform loader as parent: neither build sees the classes the harness itself loaded.
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            try {
                Class<?> core = Class.forName(CORE, true, loader);
                Class<?> document = Class.forName("gov.ca.code.codejson.Document", true, loader);
                Class<?> family = Class.forName("gov.ca.code.codejson.Family", true, loader);
                Class<?> profile = Class.forName("gov.ca.code.codejson.validation.Profile", true, loader);
                Class<?> report = Class.forName("gov.ca.code.codejson.ValidationReport", true, loader);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                return new Build(loader, core.getConstructor().newInstance(),
                        lookup.findVirtual(core, "read", MethodType.methodType(document, InputStream.class, String.class, family)),
                        lookup.findVirtual(core, "validate", MethodType.methodType(report, document, profile)),
                        lookup.findVirtual(report, "violations", MethodType.methodType(List.class)),
                        lookup.findVirtual(core, "write", MethodType.methodType(String.class, document)),
                        constant(profile, "CODEGOV"), constant(profile, "STRICT"));
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalArgumentException("the " + role + " (" + classPath + ") holds no codejson core with the API"
                        + " this harness calls (" + e + "); give a build from a commit that has it", e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object constant(Class<?> enumType, String name) {
            return Enum.valueOf((Class) enumType, name);
        }

        /**
         * {@return the operations on this build, by name in the order they are printed, each
         * returning what both builds must agree on: the number of violations, or the length of the
         * text written}
         */
        Map<String, Compare.Operation> operations(byte[] bytes) {
            Call read = () -> this.read.invoke(codejson, new ByteArrayInputStream(bytes), "synthetic", null);
            Map<String, Compare.Operation> operations = new LinkedHashMap<>();
            operations.put("read + validate, codegov", inContext(() -> violations(validate.invoke(codejson, read.call(), codegov))));
            operations.put("read + validate, strict", inContext(() -> violations(validate.invoke(codejson, read.call(), strict))));
            operations.put("read", inContext(() -> read.call() != null ? "a document" : "nothing"));
            operations.put("format (read + write)",
                    inContext(() -> ((String) write.invoke(codejson, read.call())).length() + " characters"));
            return operations;
        }

        /** {@return a step run with this build's class loader as the context class loader} */
        private Compare.Operation inContext(Call work) {
            return () -> {
                // Libraries that look up resources through the context class loader find this build's own.
                Thread thread = Thread.currentThread();
                ClassLoader before = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                try {
                    return work.call();
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                } finally {
                    thread.setContextClassLoader(before);
                }
            };
        }

        private String violations(Object report) throws Throwable {
            return ((List<?>) violations.invoke(report)).size() + " violations";
        }
    }
}
