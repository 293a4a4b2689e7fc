package gov.ca.code.codejson.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.metrics.MetricsFiles;
import gov.ca.code.codejson.metrics.MetricsReport;
import gov.ca.code.codejson.metrics.MetricsRequest;
import gov.ca.code.codejson.metrics.MetricsResult;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.site.Site;
import gov.ca.code.codejson.site.SiteInput;
import gov.ca.code.codejson.text.Counts;

/**
 * Computes the participation metrics of an agency inventory, by default the one
 * {@code codejson:aggregate} wrote (a file of another family, such as a SHARE IT agency index, is
 * converted with the migration first, and the conversion is logged), and writes them as {@code metrics.json} (the stable format),
 * {@code metrics.csv}, {@code releases.csv}, {@code metrics.md} and a self-contained
 * {@code metrics.html}. With {@code previousFile}, every count gets the previous quarter's value
 * and the change, and the releases added, removed and changed are listed. Runs once per build.
 *
 * @since 0.1.0
 */
@Mojo(name = "metrics", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class MetricsMojo extends AbstractCodeJsonMojo {

    /**
     * The inventory to measure.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.metrics.inventoryFile", defaultValue = "${project.build.directory}/codejson/agency/code.json")
    private File inventoryFile;

    /**
     * The previous quarter's inventory, to compare with; none by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.metrics.previousFile")
    private File previousFile;

    /**
     * Where the metrics files are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.metrics.outputDirectory", defaultValue = "${project.build.directory}/codejson/metrics")
    private File outputDirectory;

    /**
     * Also writes the inventory's catalogue web site to this folder: a home page with the headline
     * figures, a page per release with all its fields and data-quality findings, and a list of all
     * releases to search and filter in the browser; self-contained (it loads nothing from anywhere
     * else) and the same bytes for the same inventory. None by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.site")
    private File site;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "codejson.metrics.skip", defaultValue = "false")
    private boolean skipMetrics;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipMetrics, "metrics")) {
            return;
        }
        Console console = console();
        CodeJson codejson = codeJson();
        Document inventory = read(codejson, inventoryFile, "inventoryFile", console);
        MetricsRequest request = MetricsRequest.of(inventory, console.relative(inventoryFile));
        if (previousFile != null) {
            request = request.against(read(codejson, previousFile, "previousFile", console), console.relative(previousFile));
        }
        MetricsResult result;
        try {
            result = request.run();
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            throw Console.failure(d, " (parameter "
                    + (d.file().equals(console.relative(inventoryFile)) ? "inventoryFile" : "previousFile") + ")");
        }
        result.diagnostics().forEach(console::add);
        MetricsReport report = result.report();
        if (site != null) {
            // The site first: its folder is the one a user names, so the one more likely to refuse; then nothing is written.
            writeSite(Site.render(List.of(new SiteInput(console.relative(inventoryFile), result.inventory())), ""), console);
        }
        List<Path> written;
        try {
            written = MetricsFiles.write(report, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the metrics to " + console.relative(outputDirectory) + ": " + FileNames.reason(e)
                    + (site == null ? "" : " (the site in " + console.relative(site) + " was written)"), e);
        }
        getLog().info("codejson: metrics of " + Counts.of(report.current().releases(), "release")
                + (previousFile == null ? "" : " against " + console.relative(previousFile)) + " written to "
                + console.relative(outputDirectory) + " (" + Counts.of(written.size(), "file") + "; open "
                + console.relative(written.get(written.size() - 1).toFile()) + ")");
    }

    private void writeSite(Map<String, byte[]> pages, Console console) throws MojoExecutionException {
        try {
            OwnedFolder.write(site.toPath(), pages);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the site to " + console.relative(site) + " (<configuration><site>,"
                    + " -Dcodejson.site), so nothing was written: " + FileNames.reason(e), e);
        }
        getLog().info("codejson: site written to " + console.relative(site) + " (open " + console.relative(new File(site, "index.html")) + ")");
    }

    private Document read(CodeJson codejson, File file, String parameter, Console console) throws MojoFailureException {
        if (!file.isFile()) {
            throw new MojoFailureException(console.relative(file) + ": error: no such file (parameter " + parameter
                    + "); run codejson:aggregate first, or point " + parameter + " at an inventory");
        }
        Document document;
        try {
            document = codejson.read(file.toPath());
        } catch (JsonReadException e) {
            throw Console.failure(e.diagnostic().inFile(console.relative(file)), " (parameter " + parameter + ")");
        }
        return document;
    }
}
