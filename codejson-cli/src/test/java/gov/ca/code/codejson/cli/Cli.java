package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in process and captures what it prints. */
final class Cli {

    final int exit;
    final String out;
    final String err;

    private Cli(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** {@return the repository's root folder, where the README is: four folders above the conformance data} */
    static Path repositoryRoot() {
        return Path.of(System.getProperty("codejson.conformance.dir")).getParent().getParent().getParent().getParent();
    }

    /** {@return a published example document of the conformance data, which lives in the core module} */
    static Path example(String name) {
        String configured = System.getProperty("codejson.conformance.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "codejson-core", "src", "test", "conformance");
        Path file = dir.resolve("schemas/examples").resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing conformance example " + file.toAbsolutePath());
        }
        return file;
    }
}
