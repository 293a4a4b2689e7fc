package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.ProjectFact;
import gov.ca.code.codejson.generate.Source;
import gov.ca.code.codejson.merge.MergeRequest;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.report.DiagnosticCounts;
import gov.ca.code.codejson.report.DiagnosticFormat;
import gov.ca.code.codejson.report.TerminalText;

/**
 * Prints problems the way a compiler does ({@code file:line:column: severity: subject: message [rule]}),
 * naming the POM element, the plugin parameter or the JSON pointer to fix, and collects them for
 * the JSON and SARIF reports. One instance serves one goal execution.
 */
final class Console {

    /** The core's formatters, with each input spelled as the POM or the command line of Maven writes it. */
    private static final DiagnosticFormat LINES = format("");

    private final Log log;
    private final Path root;
    private final File pom;
    private final List<Diagnostic> entries = new ArrayList<>();

    Console(Log log, File root, File pom) {
        this.log = log;
        this.root = root.toPath().toAbsolutePath().normalize();
        this.pom = pom;
    }

    /** {@return the path of a file relative to the build's root folder, with {@code /}; the tool's name for a missing POM} */
    String relative(File file) {
        if (file == null) {
            // Only the POM may be missing: a goal run without a project has none.
            return DiagnosticFormat.NO_FILE;
        }
        Path absolute = file.toPath().toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        String text = shown.toString().replace(File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }

    /** Reports what a generation found. */
    void generation(Generation generation) {
        generation.diagnostics().forEach(this::diagnostic);
    }

    /** Reports a diagnostic, in the POM when it names no file. */
    void diagnostic(Diagnostic d) {
        add(d.file().isEmpty() ? d.inFile(relative(pom)) : d);
    }

    /**
     * Reports the violations of a generated document: located in the written file when there is
     * one, and naming the input to change.
     */
    void generatedViolations(Generation generation, File writtenTo) {
        generation.placedViolations(relative(pom), writtenTo == null ? null : relative(writtenTo), Console::hint).forEach(this::add);
    }

    void violations(File file, List<Diagnostic> violations) {
        String name = relative(file);
        for (Diagnostic v : violations) {
            add(v.inFile(name));
        }
    }

    /** Prints and collects one diagnostic. */
    void add(Diagnostic entry) {
        entries.add(entry);
        String line = line(entry);
        if (entry.severity() == Severity.ERROR) {
            log.error(line);
        } else if (entry.severity() == Severity.WARNING) {
            log.warn(line);
        } else {
            log.info(line);
        }
    }

    /** {@return the lines of the warnings reported, as the log shows them} */
    List<String> warnings() {
        return entries.stream().filter(e -> e.severity() == Severity.WARNING).map(Console::line).toList();
    }

    /** Writes {@code codejson-report.json} and {@code codejson-report.sarif} into a folder. */
    void writeReports(File directory, String version) throws MojoExecutionException {
        try {
            CodeJson.writeAtomically(new File(directory, "codejson-report.json").toPath(),
                    format(version).json(entries).getBytes(StandardCharsets.UTF_8));
            CodeJson.writeAtomically(new File(directory, "codejson-report.sarif").toPath(),
                    format(version).sarif(entries).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the reports to " + relative(directory) + ": " + FileNames.reason(e), e);
        }
    }

    /** {@return the counts of what was reported, worded as {@code 2 errors, 1 warning}} */
    DiagnosticCounts counts() {
        return DiagnosticCounts.of(entries);
    }

    /**
     * {@return the failure of a goal stopped by one diagnostic, written as a line of the log is}
     *
     * @param d the diagnostic
     * @param then what follows the line, such as the parameter that names the file
     */
    static MojoFailureException failure(Diagnostic d, String then) {
        return new MojoFailureException(line(d) + then);
    }

    /** A value quoted in a message must not act on the terminal that shows the build log. */
    private static String line(Diagnostic d) {
        return TerminalText.escapeLines(LINES.line(d));
    }

    static DiagnosticFormat format(String version) {
        return DiagnosticFormat.of("codejson-maven-plugin", version).withInputs(Console::spell);
    }

    /**
     * {@return an input as the user writes it in the POM: {@code <scm><url>},
     * {@code <configuration><agency> (-Dcodejson.agency)}; the settings of {@code aggregate} other
     * than its profile and agency have properties of their own, such as {@code -Dcodejson.aggregate.outputFamily}}
     */
    static String spell(Input input) {
        if (input == ProjectFact.OUTPUT_TIMESTAMP) {
            // The parameter outputTimestamp reads the property by default and may be set instead.
            return pomElement(input.key()) + " (or <configuration><outputTimestamp>, -Dcodejson.outputTimestamp)";
        }
        if (input instanceof ProjectFact) {
            return pomElement(input.key());
        }
        String property = input instanceof MergeRequest.Setting s && s != MergeRequest.Setting.PROFILE
                && s != MergeRequest.Setting.AGENCY ? "aggregate." : "";
        return "<configuration><" + input.key() + "> (-Dcodejson." + property + input.key() + ")";
    }

    /** {@return a project fact's key spelled as the POM element, such as {@code <scm><url>}} */
    static String pomElement(String key) {
        StringBuilder b = new StringBuilder();
        for (String part : key.split("/")) {
            b.append('<').append(part).append('>');
        }
        return b.toString();
    }

    private static String hint(Source s) {
        if (s.kind() == Source.Kind.FACT) {
            return " (set " + pomElement(s.name()) + " in the POM)";
        }
        if (s.kind() == Source.Kind.SETTING) {
            return " (set <configuration><" + s.name() + "> of codejson-maven-plugin, or -Dcodejson." + s.name() + ")";
        }
        if (s.kind() == Source.Kind.DERIVED) {
            return " (derived from " + s.name() + ")";
        }
        return "";
    }
}
