package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.metrics.MetricsCsv;
import gov.ca.code.codejson.metrics.MetricsFiles;
import gov.ca.code.codejson.metrics.MetricsHtml;
import gov.ca.code.codejson.metrics.MetricsJson;
import gov.ca.code.codejson.metrics.MetricsMarkdown;
import gov.ca.code.codejson.metrics.MetricsReport;
import gov.ca.code.codejson.text.Counts;

/** {@code codejson metrics}: the participation metrics of one inventory. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Compute the participation metrics of an agency inventory: releases by usage type, status,"
                + " organization, license and language; open-source share; labor hours; field completeness; data-quality scores;"
                + " with --previous, what changed since the previous quarter.",
            "With --out, writes metrics.json, metrics.csv, releases.csv, metrics.md and metrics.html to the folder;"
                    + " otherwise prints one format (--format) to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:metrics computed", "2:an input could not be read, or bad usage"})
final class MetricsCommand implements Callable<Integer> {

    /** The formats that can go to standard output. */
    enum Format {
        /** The stable JSON format. */
        json,
        /** Every figure as CSV rows. */
        csv,
        /** A Markdown page. */
        md,
        /** The self-contained HTML page. */
        html
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--previous", paramLabel = "FILE", description = "The previous quarter's inventory, to report deltas and changes.")
    private String previous;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every format to DIR (created when missing).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", description = "What to print without --out: json, csv, md (default) or html.")
    private Format format = Format.md;

    @Parameters(paramLabel = "INVENTORY", description = "The agency inventory, or a code.json file of any other family (converted with"
            + " the migration, listed on standard error); - reads standard input.")
    private String inventory;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CodeJson codejson = new CodeJson(readLimits.limits());
        Inventory now = InventoryFiles.read(codejson, inventory, err);
        Inventory before = previous == null ? null : InventoryFiles.read(codejson, previous, err);
        if (now == null || (previous != null && before == null)) {
            return Main.UNUSABLE;
        }
        MetricsReport report = before == null ? MetricsReport.of(now) : MetricsReport.of(now, before);
        if (outDir != null) {
            List<Path> written = MetricsFiles.write(report, outDir);
            err.println("codejson: " + Counts.of(report.current().releases(), "release") + "; wrote "
                    + String.join(", ", written.stream().map(Path::toString).toList()));
            return Main.VALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json:
                out.print(new JsonWriter().write(MetricsJson.render(report)));
                break;
            case csv:
                out.print(MetricsCsv.summary(report));
                break;
            case html:
                out.print(MetricsHtml.render(report));
                break;
            default:
                out.print(MetricsMarkdown.render(report));
        }
        out.flush();
        return Main.VALID;
    }
}
