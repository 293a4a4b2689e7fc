package gov.ca.code.codejson.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import gov.ca.code.codejson.git.GitHistory;
import gov.ca.code.codejson.scan.RepositoryScanner;
import gov.ca.code.codejson.scan.ScanOverlay;
import gov.ca.code.codejson.scan.ScannedRepository;
import gov.ca.code.codejson.source.SourceInventory;

/**
 * The time of {@code codejson scan} on one large checkout, after the file system cache is warm:
 * makes a git repository of FILES source files (Java, Python and JavaScript in folders of 100, a
 * vendored {@code node_modules}, {@code .gitattributes} rules at the top and in a folder, an MIT
 * license, a {@code package.json}) with the {@code git} executable, scans it once to warm the cache
 * and the JIT, then ROUNDS times, printing the median wall and CPU time of the whole scan and of its
 * two heaviest phases measured apart: the git history and index, and the source measurement of the
 * files the scan counts. With CHECKOUTS above 0 it then scans a folder of that many copies of a
 * small checkout on every core and prints that time too. Not a test: run it by hand.
 *
 * <pre>java -cp codejson-benchmarks/target/benchmarks.jar gov.ca.code.codejson.bench.ScanRun [FILES] [ROUNDS] [CHECKOUTS]</pre>
 */
public final class ScanRun {

    private static final String MIT = """
            MIT License

            Copyright (c) 2026 Benchmark Agency

            Permission is hereby granted, free of charge, to any person obtaining a copy
            of this software and associated documentation files (the "Software"), to deal
            in the Software without restriction, including without limitation the rights
            to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
            copies of the Software, and to permit persons to whom the Software is
            furnished to do so, subject to the following conditions:

            The above copyright notice and this permission notice shall be included in all
            copies or substantial portions of the Software.

            THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
            IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
            FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
            AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
            LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
            OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
            SOFTWARE.
            """;

    private ScanRun() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of files (default 10,000), of measured rounds (default 5) and of
     *     checkouts in the folder run (default 0: no folder run)
     * @throws Exception when the repositories cannot be made
     */
    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int checkouts = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path work = Files.createTempDirectory("codejson-scan-bench");
        try {
            Path big = work.resolve("big");
            long made = System.nanoTime();
            List<String> counted = makeRepository(big, files);
            System.out.printf("made a checkout of %d files in %d ms%n", files, (System.nanoTime() - made) / 1_000_000);
            RepositoryScanner scanner = new RepositoryScanner(null, ScanOverlay.NONE);
            List<Path> roots = counted.stream().map(big::resolve).toList();
            ScannedRepository warm = scanner.scan(big);
            System.out.printf("entry: %d fields, %d files left out; %s%n", warm.fields().size(), warm.excluded().size(),
                    warm.fields().stream().filter(f -> f.pointer().endsWith("/laborHours") || f.pointer().endsWith("/languages"))
                            .map(f -> f.pointer() + " from " + f.origin().how()).toList());
            long[][] times = new long[3][];
            times[0] = time(rounds, () -> scanner.scan(big));
            times[1] = time(rounds, () -> {
                try (Repository repository = new FileRepositoryBuilder().setWorkTree(big.toFile()).setMustExist(true).build()) {
                    repository.readDirCache();
                    GitHistory.of(repository, "");
                }
            });
            times[2] = time(rounds, () -> SourceInventory.scan(roots));
            List<String> names = List.of("whole scan", "git history and index", "source measurement");
            for (int i = 0; i < names.size(); i++) {
                System.out.printf("%-24s median wall %5d ms, CPU %5d ms (%d rounds)%n", names.get(i), times[i][0], times[i][1], rounds);
            }
            if (checkouts > 0) {
                Path folder = work.resolve("folder");
                Path small = folder.resolve("repo-0000");
                makeRepository(small, 200);
                List<Path> all = new ArrayList<>(List.of(small));
                for (int c = 1; c < checkouts; c++) {
                    Path copy = folder.resolve(String.format("repo-%04d", c));
                    copyTree(small, copy);
                    all.add(copy);
                }
                scanner.scanAll(RepositoryScanner.checkouts(List.of(folder)), line -> { });
                long start = System.nanoTime();
                List<ScannedRepository> results = scanner.scanAll(RepositoryScanner.checkouts(List.of(folder)), line -> { });
                System.out.printf("folder of %d checkouts of 200 files on %d cores: %d ms wall, %d entries%n", checkouts,
                        Runtime.getRuntime().availableProcessors(), (System.nanoTime() - start) / 1_000_000, results.size());
            }
        } finally {
            delete(work);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** {@return the median wall and CPU milliseconds of the work, run {@code rounds} times on this thread} */
    private static long[] time(int rounds, Work work) throws Exception {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpuStart = bean.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[r] = System.nanoTime() - start;
            cpu[r] = bean.getCurrentThreadCpuTime() - cpuStart;
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new long[] {TimeUnit.NANOSECONDS.toMillis(wall[rounds / 2]), TimeUnit.NANOSECONDS.toMillis(cpu[rounds / 2])};
    }

    /**
     * Writes the files and commits them with {@code git}.
     *
     * @return the files the scan counts, relative to the repository
     */
    private static List<String> makeRepository(Path repository, int files) throws IOException, InterruptedException {
        Files.createDirectories(repository);
        List<String> counted = new ArrayList<>();
        write(repository, "LICENSE", MIT);
        write(repository, "package.json", "{\"name\": \"bench\", \"version\": \"1.0.0\", \"description\": \"A benchmark.\"}\n");
        write(repository, ".gitattributes", "docs/** linguist-documentation\nsrc/gen/*.java linguist-generated\n");
        write(repository, "src/p0/.gitattributes", "*.py -linguist-vendored\n");
        for (int i = 0; i < files; i++) {
            String folder = i % 10 == 9 ? "node_modules/m" + (i / 100) : i % 50 == 7 ? "src/gen" : "src/p" + (i / 100);
            String path;
            String text;
            switch (i % 3) {
                case 0 -> {
                    path = folder + "/C" + i + ".java";
                    text = "/*\n * Class " + i + ".\n */\npackage p;\n\n// A class.\nclass C" + i + " {\n"
                            + "    String s = \"/* not a comment */\";\n".repeat(20) + "}\n";
                }
                case 1 -> {
                    path = folder + "/m" + i + ".py";
                    text = "# module " + i + "\n\ndef f():\n" + "    return 'x'  # comment\n".repeat(25);
                }
                default -> {
                    path = folder + "/f" + i + ".js";
                    text = "// file " + i + "\r\n" + "const a = `b`; /* c */\r\n".repeat(30);
                }
            }
            write(repository, path, text);
            if (!folder.startsWith("node_modules") && !folder.equals("src/gen")) {
                counted.add(path);
            }
        }
        git(repository, "init", "-q");
        git(repository, "add", "-A");
        git(repository, "-c", "user.name=Bench", "-c", "user.email=bench@example.gov", "commit", "-q", "-m", "first");
        return counted;
    }

    private static void write(Path repository, String path, String text) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
        env.put("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IOException("git " + String.join(" ", arguments) + " failed with status " + status);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
