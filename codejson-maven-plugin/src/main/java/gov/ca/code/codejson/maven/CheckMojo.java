package gov.ca.code.codejson.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.generate.CommittedFile;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * Validates the code.json the POM generates and, when the project keeps one, the committed
 * code.json; fails the build on errors (and on warnings with {@code failOnWarning}), and when the
 * committed file differs from what {@code update} would write, naming the command that fixes it.
 * The release {@code date} is not compared: it changes with every commit, and a committed file
 * cannot hold the date of the commit that contains it.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyCollection = ResolutionScope.COMPILE,
        threadSafe = true)
public class CheckMojo extends AbstractGeneratingMojo {

    /**
     * The committed code.json. When it exists it is validated and compared with the generated
     * content.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.committedFile", defaultValue = "${project.basedir}/code.json")
    private File committedFile;

    /**
     * Fails the build on warnings too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.check.skip", defaultValue = "false")
    private boolean skipCheck;

    /** Creates the goal. */
    public CheckMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipCheck, "check") || notApplicable()) {
            return;
        }
        Console console = console();
        Generation generation = generate(console);
        console.generatedViolations(generation, null);
        String committed = console.relative(committedFile);
        boolean stale = false;
        if (committedFile.isFile()) {
            stale = checkCommitted(console, generation, committed);
        } else {
            getLog().info("codejson: no committed " + committed + " to compare; " + UpdateMojo.command(session, project)
                    + " creates it");
        }
        console.writeReports(reportDirectory, toolVersion());
        long errors = console.count(Severity.ERROR);
        long warnings = console.count(Severity.WARNING);
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            String why = errors > 0 ? console.summary() : console.summary() + " and failOnWarning is set";
            throw new MojoFailureException("codejson:check failed: " + why
                    + (stale ? "\nTo bring " + committed + " up to date, run:\n  " + UpdateMojo.command(session, project) : ""));
        }
        getLog().info("codejson: check passed (" + console.summary() + ")");
    }

    private boolean checkCommitted(Console console, Generation generation, String name) throws MojoExecutionException {
        CodeJson codejson = new CodeJson();
        Committed committed;
        try {
            committed = readCommitted(codejson, committedFile);
        } catch (JsonReadException e) {
            console.add(e.diagnostic().inFile(name));
            return false;
        }
        Document document = committed.document();
        // The committed file may be of another family than the generated one: its profile is chosen
        // for it, and a profile that does not apply is reported rather than replaced by the default.
        Family.ProfileChoice choice = document.family().profile(profileName(), Setting.PROFILE);
        if (choice instanceof Family.ProfileChoice.Refused refused) {
            console.diagnostic(refused.diagnostic());
            return false;
        }
        ValidationReport report = codejson.validate(document, ((Family.ProfileChoice.Chosen) choice).profile());
        console.violations(committedFile, report.violations());
        if (generation.document() == null) {
            return false;
        }
        // Dates move with every commit, so the committed ones are not compared (update refreshes them).
        String expected;
        try {
            expected = new CommittedFile().updated(document, generation, false);
        } catch (IllegalArgumentException e) {
            console.add(new Diagnostic(name, Location.UNKNOWN, Subject.FILE, "check.family-mismatch", Severity.ERROR,
                    e.getMessage()));
            return false;
        }
        String actual = committed.text();
        if (expected.equals(actual)) {
            getLog().info("codejson: " + name + " is up to date with the POM");
            return false;
        }
        console.add(staleEntry(name, expected, actual, document.source().root()));
        return true;
    }

    /**
     * The stale finding: the first JSON pointer whose value differs, both values whole (cut only
     * past {@value #SHOWN} characters, around the difference), at its place in the committed file.
     * Text that differs only in layout is named by its first different line.
     */
    private Diagnostic staleEntry(String name, String expected, String actual, JsonValue committedTree) {
        String fix = "; run " + UpdateMojo.command(session, project);
        Difference d;
        try {
            d = firstDifference(new JsonReader().read(expected, name).root(), committedTree, "");
        } catch (JsonReadException e) {
            d = null;
        }
        if (d == null) {
            int line = firstDifferentLine(expected, actual);
            return new Diagnostic(name, new Location(line, 1), Subject.FILE, "check.stale", Severity.ERROR,
                    "differs from what the POM generates in layout only (first difference at line " + line + ")" + fix);
        }
        String[] shown = around(d.expected(), d.found());
        return new Diagnostic(name, d.location(), Subject.pointer(d.pointer()), "check.stale", Severity.ERROR,
                "differs from what the POM generates: expected " + shown[0] + ", found " + shown[1] + fix);
    }

    /** Values are shown whole up to this many characters. */
    private static final int SHOWN = 200;

    private record Difference(String pointer, String expected, String found, Location location) {
    }

    /** {@return the first difference in document order, or null when the trees are equal} */
    private static Difference firstDifference(JsonValue expected, JsonValue found, String pointer) {
        if (expected instanceof JsonValue.JsonObject e && found instanceof JsonValue.JsonObject f) {
            int n = Math.max(e.members().size(), f.members().size());
            for (int i = 0; i < n; i++) {
                JsonValue.Member em = i < e.members().size() ? e.members().get(i) : null;
                JsonValue.Member fm = i < f.members().size() ? f.members().get(i) : null;
                if (em == null || fm == null || !em.name().equals(fm.name())) {
                    String at = JsonPointer.append(pointer, em != null ? em.name() : fm.name());
                    return new Difference(at, em == null ? "(nothing)" : member(em), fm == null ? "(nothing)" : member(fm),
                            fm != null ? fm.location() : f.location());
                }
                Difference inner = firstDifference(em.value(), fm.value(), JsonPointer.append(pointer, em.name()));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected instanceof JsonValue.JsonArray e && found instanceof JsonValue.JsonArray f) {
            int n = Math.max(e.elements().size(), f.elements().size());
            for (int i = 0; i < n; i++) {
                JsonValue ev = i < e.elements().size() ? e.elements().get(i) : null;
                JsonValue fv = i < f.elements().size() ? f.elements().get(i) : null;
                if (ev == null || fv == null) {
                    return new Difference(JsonPointer.append(pointer, i), ev == null ? "(nothing)" : render(ev),
                            fv == null ? "(nothing)" : render(fv), fv != null ? fv.location() : f.location());
                }
                Difference inner = firstDifference(ev, fv, JsonPointer.append(pointer, i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        String e = render(expected);
        String f = render(found);
        return e.equals(f) ? null : new Difference(pointer, e, f, found.location());
    }

    private static String member(JsonValue.Member m) {
        return render(new JsonValue.JsonString(m.name(), Location.UNKNOWN)) + ": " + render(m.value());
    }

    /** One-line JSON of a value. */
    private static String render(JsonValue value) {
        return new JsonWriter().write(value).strip().replaceAll("\\n\\s*", " ");
    }

    /** Both texts whole when short, else the {@value #SHOWN} characters around where they first differ. */
    private static String[] around(String a, String b) {
        int at = 0;
        while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - SHOWN / 2);
        return new String[] {cut(a, from), cut(b, from)};
    }

    private static String cut(String s, int from) {
        if (s.length() <= SHOWN) {
            return s;
        }
        int start = Math.min(from, Math.max(0, s.length() - SHOWN));
        int end = Math.min(s.length(), start + SHOWN);
        return (start > 0 ? "..." : "") + s.substring(start, end) + (end < s.length() ? "..." : "");
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return n + 1;
    }
}
