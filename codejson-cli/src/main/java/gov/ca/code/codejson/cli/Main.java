package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.merge.MergeRequest;
import gov.ca.code.codejson.report.DiagnosticFormat;
import gov.ca.code.codejson.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code codejson} command. Exit codes: 0 success, 1 some input invalid (or, for {@code diff
 * --exit-code}, the inventories differ), 2 an input could not be read, an output could not be
 * written, or the command line was wrong; each command's help says what its own codes mean.
 */
@Command(name = "codejson",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate, format, merge and measure code.json software inventories "
                + "(code.gov, SHARE IT, Code California).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some input is invalid, or with diff --exit-code the inventories differ"
                + " (metrics never exits with 1)", "2:unreadable input, an output that cannot be written, or bad usage"},
        footer = "%nEach command's --help says what its own exit codes mean.")
public final class Main implements Callable<Integer> {

    /** Every input is valid. */
    public static final int VALID = 0;
    /** Some input is invalid. */
    public static final int INVALID = 1;
    /** An input could not be read, or the command line was wrong. */
    public static final int UNUSABLE = 2;

    /**
     * Hibernate Validator announces its version at INFO through java.util.logging, which would
     * end up on standard error of every run; the strong reference keeps the setting alive.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    /**
     * How every command prints what it reports: the core's formatters, with the inputs named as
     * this command line spells them.
     */
    static final DiagnosticFormat FORMAT = DiagnosticFormat.of("codejson", version()).withInputs(Main::option);

    /**
     * What to do when the heap runs out: the read limits bound each input, the heap bounds them all,
     * so the line names both. The launcher takes JVM options from {@code CODEJSON_JAVA_OPTS} only, so
     * the line names that variable, and the option itself for a run of the jar without the launcher.
     */
    static final String OUT_OF_MEMORY = "codejson: error: out of memory; give Java more heap (CODEJSON_JAVA_OPTS=-Xmx2g"
            + " with bin/codejson, java -Xmx2g -jar codejson.jar without it) or lower the read limits --max-bytes and"
            + " --max-values to refuse such inputs early";

    /** What a run whose standard output could not be written says: its output is incomplete. */
    static final String OUTPUT_FAILED = "codejson: error: standard output could not be written (the disk is full,"
            + " or the pipe was closed); what it holds is incomplete";

    /**
     * The commands, in the order the usage lists them. Picocli reads the annotations of every
     * command it is given before it parses anything, about a tenth of a short run for all of them,
     * so a run is given only the command it names; a run that names none, or one that does not
     * exist, or {@code help}, gets them all, to list them or to suggest the closest.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    /**
     * The stack of the thread a command runs on. Documents are walked recursively, and on the main
     * thread's stack (1 MB) {@code migrate} overflowed between 600 and 800 levels of nesting, where
     * the read limit allows 1000; the memory is reserved, and only what a deep document uses is taken.
     */
    private static final long STACK_BYTES = 256L << 20;

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line
     * @throws InterruptedException when interrupted while the command runs
     */
    public static void main(String[] args) throws InterruptedException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int[] code = {UNUSABLE};
        Thread command = new Thread(null, () -> code[0] = run(out, err, args), "codejson", STACK_BYTES);
        command.start();
        command.join();
        // A print stream keeps its failures to itself: a full disk or a closed pipe must not exit 0.
        if (System.out.checkError() && code[0] != UNUSABLE) {
            System.err.println(OUTPUT_FAILED);
            code[0] = UNUSABLE;
        }
        System.exit(code[0]);
    }

    /**
     * Runs the command with the given output streams, for embedding and tests.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        Recorder recordedOut = new Recorder(out, false);
        Recorder recordedErr = new Recorder(err, true);
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = COMMANDS.get(command(args));
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        // What reaches a terminal shows control and bidirectional characters escaped; the commands
        // that print a document keep it byte for byte (metrics escapes its own Markdown table), and
        // JSON and CSV escape such characters themselves.
        cli.setOut(TerminalText.printWriter(recordedOut));
        cli.setErr(TerminalText.printWriter(recordedErr));
        for (String document : List.of("format", "migrate", "metrics")) {
            CommandLine sub = cli.getSubcommands().get(document);
            if (sub != null) {
                sub.setOut(new PrintWriter(recordedOut, true));
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("codejson: " + e.getMessage());
            for (String file : dashedFiles(a)) {
                e.getCommandLine().getErr().println("codejson: " + FileNames.quote(file) + " is read as an option; to name that file,"
                        + " write ./" + file + " or put -- before it");
            }
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return UNUSABLE;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("codejson: " + describe(e));
            return UNUSABLE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println(OUT_OF_MEMORY);
            code = UNUSABLE;
        } catch (RuntimeException | StackOverflowError e) {
            cli.getErr().println("codejson: internal error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            code = UNUSABLE;
        }
        cli.getOut().flush();
        cli.getErr().flush();
        if (code != VALID && machineReadable(args) && !recordedOut.written) {
            // A reader of --format json gets a document whatever went wrong, even bad usage.
            out.print(new JsonWriter().write(JsonBuilder.object()
                    .put("format", "codejson-error/1")
                    .put("command", command(args))
                    .put("exitCode", code)
                    .put("errors", JsonBuilder.strings(recordedErr.lines()))
                    .build()));
        }
        if (out.checkError() && code != UNUSABLE) {
            err.println(OUTPUT_FAILED);
            code = UNUSABLE;
        }
        err.flush();
        return code;
    }

    /** A failure in words: the file quoted and the reason, never a Java class name alone. */
    private static String describe(Exception e) {
        if (e instanceof IOException io) {
            return FileNames.inWords(io);
        }
        return e.getMessage() == null ? "internal error (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }

    /**
     * {@return the arguments before {@code --} that start with a dash and are files, or are named
     * like a code.json file}: picocli reads {@code -team.json} as options, and its message then
     * speaks of options or a missing file, not of the file the user named
     */
    private static List<String> dashedFiles(String[] args) {
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-") && !arg.startsWith("--") && arg.length() > 1
                    && (arg.toLowerCase(Locale.ROOT).endsWith(".json") || isFile(arg))) {
                files.add(arg);
            }
        }
        return files;
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** {@return whether the command line asks for JSON or SARIF on standard output} */
    private static boolean machineReadable(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i].toLowerCase(Locale.ROOT);
            if (arg.equals("--")) {
                return false;
            }
            String value = arg.startsWith("--format=") ? arg.substring("--format=".length())
                    : arg.equals("--format") && i + 1 < args.length ? args[i + 1].toLowerCase(Locale.ROOT) : null;
            if (value != null && (value.equals("json") || value.equals("sarif"))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("format", FormatCommand::new);
        commands.put("migrate", MigrateCommand::new);
        commands.put("merge", MergeCommand::new);
        commands.put("metrics", MetricsCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("scan", ScanCommand::new);
        commands.put("harvest", HarvestCommand::new);
        commands.put("site", SiteCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    private static String command(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    /** Passes text on, noting whether any was written and, for standard error, keeping a copy. */
    private static final class Recorder extends Writer {
        private final Writer out;
        private final StringBuilder copy;
        private boolean written;

        Recorder(Writer out, boolean keepCopy) {
            this.out = out;
            this.copy = keepCopy ? new StringBuilder() : null;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            written |= length > 0;
            if (copy != null) {
                copy.append(buffer, offset, length);
            }
            out.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        List<String> lines() {
            return copy.toString().lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return UNUSABLE;
    }

    /**
     * {@return the option that sets an input, such as {@code --measurement-method} for
     * {@code measurementMethod}; {@code merge} names the family it writes with {@code --to}, and its outputs {@code --out} and {@code --report}}
     */
    static String option(Input input) {
        if (input == MergeRequest.Setting.TARGET) {
            return "--to";
        }
        if (input == MergeRequest.Setting.OUTPUT_FILE) {
            return "--out";
        }
        if (input == MergeRequest.Setting.REPORT_FILE) {
            return "--report";
        }
        return "--" + input.key().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** {@return the version from the jar manifest} */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"codejson " + version()};
        }
    }
}
