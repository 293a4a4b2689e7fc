package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.metrics.EntryReport;
import gov.ca.code.codejson.site.Site;

/**
 * The {@code codejson} page of {@code mvn site}: the project's code.json entry, its validation
 * result and the code.gov data-quality score of each release, on one page. It shows the file
 * {@code generate} wrote when there is one, else the committed {@code code.json}. Every value from
 * the file is written as text, never as markup. Run on its own ({@code mvn codejson:report}), it
 * writes the same page as {@code codejson.html} in {@code outputDirectory}.
 *
 * <p>It implements the reporting API itself, without the site rendering stack of
 * {@code maven-reporting-impl}, so that every build that uses the other goals does not resolve and
 * load that stack too.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class CodeJsonReport extends AbstractCodeJsonMojo implements MavenReport {

    /**
     * The code.json {@code generate} writes; shown when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.outputFile", defaultValue = "${project.build.directory}/codejson/code.json")
    private File generatedFile;

    /**
     * The committed code.json; shown when {@code generatedFile} does not exist.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.committedFile", defaultValue = "${project.basedir}/code.json")
    private File committedFile;

    /**
     * The validation profile; by default the family's own, as in {@code validate}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.profile")
    private String profile;

    /**
     * Where {@code mvn codejson:report}, run on its own, writes {@code codejson.html}; {@code mvn site}
     * puts the page in the site instead.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.report.outputDirectory", defaultValue = "${project.build.directory}/reports")
    private File outputDirectory;

    /**
     * Skips the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.report.skip", defaultValue = "false")
    private boolean skipReport;

    /** Creates the goal. */
    public CodeJsonReport() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipReport, "report")) {
            return;
        }
        String folder = folderInstead();
        if (folder != null) {
            throw new MojoFailureException(folder);
        }
        if (!canGenerateReport()) {
            return;
        }
        File html = new File(outputDirectory, getOutputName() + ".html");
        try {
            Site.writeEntry(html.toPath(), page());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + console().relative(html) + ": " + FileNames.reason(e), e);
        }
        getLog().info("codejson: report written to " + console().relative(html));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            render(sink, page());
        } catch (MojoFailureException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "codejson";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "code.json";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's code.json entry, its validation and its data-quality score.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        if (skipped(skipReport, "report")) {
            return false;
        }
        String folder = folderInstead();
        if (folder != null) {
            // In a site the other reports still get made; run on its own, the goal fails on it (see execute).
            getLog().error(folder);
            return false;
        }
        if (file() == null) {
            getLog().info("codejson: no code.json to report on: neither " + generatedFile + " nor " + committedFile
                    + " exists; run codejson:generate (or mvn verify) before mvn site, or codejson:update");
            return false;
        }
        return true;
    }

    /** {@return the error when a file to show is a folder or a device, not missing: a mistake to name, or null} */
    private String folderInstead() {
        for (File given : new File[] {generatedFile, committedFile}) {
            if (given != null && given.exists() && !given.isFile()) {
                return console().relative(given) + ": error: not a file but a folder or a device; remove it, or set "
                        + (given == generatedFile ? "generatedFile" : "committedFile") + " to the code.json to report on";
            }
        }
        return null;
    }

    private File file() {
        if (generatedFile != null && generatedFile.isFile()) {
            return generatedFile;
        }
        return committedFile != null && committedFile.isFile() ? committedFile : null;
    }

    private EntryReport page() throws MojoFailureException, MojoExecutionException {
        File file = file();
        String name = project.getBasedir().toPath().relativize(file.toPath().toAbsolutePath()).toString()
                .replace(File.separatorChar, '/');
        try {
            return EntryReport.read(codeJson(), project.getName(), file.toPath(), name, profile == null ? "" : profile);
        } catch (DiagnosticException e) {
            throw Console.failure(e.diagnostics().get(0), "");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + console().relative(file) + ": " + FileNames.reason(e), e);
        }
    }

    private static void render(Sink sink, EntryReport page) {
        sink.head();
        sink.title();
        sink.text(page.title());
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("code.json");
        sink.sectionTitle1_();
        page.intro().forEach(text -> block(sink, new EntryReport.Paragraph(text)));
        for (EntryReport.Section section : page.sections()) {
            sink.section2();
            sink.sectionTitle2();
            sink.text(section.title());
            sink.sectionTitle2_();
            section.blocks().forEach(b -> block(sink, b));
            sink.section2_();
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void block(Sink sink, EntryReport.Block block) {
        if (block instanceof EntryReport.Paragraph p) {
            sink.paragraph();
            sink.text(p.text());
            sink.paragraph_();
        } else if (block instanceof EntryReport.Verbatim v) {
            sink.verbatim();
            sink.text(v.text());
            sink.verbatim_();
        } else if (block instanceof EntryReport.Table t) {
            sink.table();
            sink.tableRows();
            row(sink, true, t.header());
            t.rows().forEach(r -> row(sink, false, r));
            sink.tableRows_();
            sink.table_();
        }
    }

    private static void row(Sink sink, boolean header, List<String> cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }
}
