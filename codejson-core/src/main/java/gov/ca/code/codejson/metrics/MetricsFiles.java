package gov.ca.code.codejson.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * Writes a report in every format to one folder: {@value #JSON}, {@value #CSV},
 * {@value #RELEASES_CSV}, {@value #MARKDOWN} and {@value #HTML}. Every text is rendered before
 * the first file is written, and the five are written all or none.
 */
public final class MetricsFiles {

    /** The JSON file name. */
    public static final String JSON = "metrics.json";
    /** The CSV file of every figure. */
    public static final String CSV = "metrics.csv";
    /** The CSV file of every release with its score. */
    public static final String RELEASES_CSV = "releases.csv";
    /** The Markdown file name. */
    public static final String MARKDOWN = "metrics.md";
    /** The HTML page name. */
    public static final String HTML = "metrics.html";

    private MetricsFiles() {
    }

    /**
     * Renders and writes a report. When the folder already holds every file with the same bytes,
     * nothing is written, so that their modification times stay as they were.
     *
     * @param report the report
     * @param folder the folder, created when missing
     * @return the files written, in the order above
     * @throws IOException when a file cannot be written; then none is
     */
    public static List<Path> write(MetricsReport report, Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JSON, new JsonWriter().writeBytes(MetricsJson.render(report)));
        files.put(CSV, MetricsCsv.summary(report).getBytes(StandardCharsets.UTF_8));
        files.put(RELEASES_CSV, MetricsCsv.releases(report).getBytes(StandardCharsets.UTF_8));
        files.put(MARKDOWN, MetricsMarkdown.render(report).getBytes(StandardCharsets.UTF_8));
        files.put(HTML, MetricsHtml.render(report).getBytes(StandardCharsets.UTF_8));
        List<Path> paths = files.keySet().stream().map(folder::resolve).toList();
        // Files that already hold these bytes are left alone (their modification time too) by the write itself.
        AtomicFiles.writeAll(folder, files);
        return paths;
    }
}
