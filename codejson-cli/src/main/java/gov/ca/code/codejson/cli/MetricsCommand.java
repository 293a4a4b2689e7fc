package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.harvest.StatewideMetrics;
import gov.ca.code.codejson.harvest.StatewideReport;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.metrics.MetricsCsv;
import gov.ca.code.codejson.metrics.MetricsFiles;
import gov.ca.code.codejson.metrics.MetricsHtml;
import gov.ca.code.codejson.metrics.MetricsJson;
import gov.ca.code.codejson.metrics.MetricsMarkdown;
import gov.ca.code.codejson.metrics.MetricsReport;
import gov.ca.code.codejson.metrics.MetricsRequest;
import gov.ca.code.codejson.metrics.MetricsResult;
import gov.ca.code.codejson.report.TerminalText;
import gov.ca.code.codejson.text.Counts;

/** {@code codejson metrics}: the participation metrics of one inventory. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Compute the participation metrics of an agency inventory: releases by usage type, status,"
                + " organization, license and language; open-source share; labor hours; field completeness; data-quality scores;"
                + " with --previous, what changed since the previous quarter.",
            "With --out, writes metrics.json, metrics.csv, releases.csv, metrics.md and metrics.html to the folder, all or none;"
                    + " otherwise prints one format (--format) to standard output.",
            "With several inventories (one per agency), or a folder of them such as a harvest's output, computes the"
                    + " statewide table instead: per agency and statewide, releases, open-source share, exempt share by reason,"
                    + " median data-quality score, labor hours and the change since last quarter (--previous, matched by agency);"
                    + " --out then writes statewide.json, statewide.csv, statewide.md and statewide.html, all or none."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:metrics computed; an invalid value is counted as such, never a reason to fail (metrics never exits with 1)",
            "2:an input could not be read or converted, a folder holds no inventory, an output could not be written, or bad usage;"
                    + " nothing is written"})
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

    // One value per occurrence: with more, the option would take the inventory after it as a previous one too.
    @Option(names = "--previous", paramLabel = "FILE", description = "The previous quarter's inventory, to report deltas and changes;"
            + " for the statewide table, last quarter's inventories or folder, one per option (--previous a.json --previous b.json).",
            arity = "1")
    private List<String> previousList = List.of();

    @Option(names = "--period", paramLabel = "PERIOD", description = "Label the statewide outputs with the quarter (2026-Q3) or a date"
            + " (2026-09-30); without it no date appears.")
    private String period;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every format to DIR (created when missing).")
    private Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", description = "What to print without --out: json, csv, md (default) or html.")
    private Format format = Format.md;

    @Parameters(paramLabel = "INVENTORY", arity = "1..*", description = "The agency inventory, or a code.json file of any other family"
            + " (converted with the migration, listed on standard error); - reads standard input. Several, or a folder, for the"
            + " statewide table: a folder's own *.json files, without links out of it and without the files codejson writes"
            + " (each skipped is named).")
    private List<String> inventories;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CodeJson codejson = new CodeJson(readLimits.limits());
        if (Periods.refused(period, err)) {
            return Main.UNUSABLE;
        }
        if (inventories.size() > 1 || previousList.size() > 1 || period != null || Files.isDirectory(Path.of(inventories.get(0)))) {
            return statewide(codejson, err);
        }
        String inventory = inventories.get(0);
        String previous = previousList.isEmpty() ? null : previousList.get(0);
        Document now = Inputs.readOrReport(codejson, inventory, null, err);
        Document before = previous == null ? null : Inputs.readOrReport(codejson, previous, null, err);
        if (now == null || (previous != null && before == null)) {
            return Main.UNUSABLE;
        }
        MetricsRequest request = MetricsRequest.of(now, inventory);
        MetricsResult result;
        try {
            result = (before == null ? request : request.against(before, previous)).run();
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
            return Main.UNUSABLE;
        }
        result.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
        MetricsReport report = result.report();
        if (outDir != null) {
            List<Path> written;
            try {
                for (String name : List.of(MetricsFiles.JSON, MetricsFiles.CSV, MetricsFiles.RELEASES_CSV, MetricsFiles.MARKDOWN,
                        MetricsFiles.HTML)) {
                    AtomicFiles.checkTarget(outDir.resolve(name));
                }
                written = MetricsFiles.write(report, outDir);
            } catch (IOException e) {
                err.println("codejson: " + FileNames.inWords(e) + "; nothing was written");
                return Main.UNUSABLE;
            }
            err.println("codejson: " + Counts.of(report.current().releases(), "release") + "; wrote "
                    + String.join(", ", written.stream().map(Path::toString).toList()));
            return Main.VALID;
        }
        return print(() -> new JsonWriter().write(MetricsJson.render(report)), () -> MetricsCsv.summary(report),
                () -> MetricsMarkdown.render(report), () -> MetricsHtml.render(report));
    }

    private int statewide(CodeJson codejson, PrintWriter err) throws IOException {
        List<InventoryFiles.Read> now = InventoryFiles.readAll(codejson, inventories, err);
        List<InventoryFiles.Read> before = InventoryFiles.readAll(codejson, previousList, err);
        if (now == null || before == null) {
            return Main.UNUSABLE;
        }
        // Figures of no inventory would be zeros that look like an agency's; site refuses the same.
        if (now.isEmpty()) {
            err.println("codejson: no inventory in " + String.join(", ", inventories) + ": name code.json files or a folder that holds some");
            return Main.UNUSABLE;
        }
        if (before.isEmpty() && !previousList.isEmpty()) {
            err.println("codejson: no inventory in --previous " + String.join(", ", previousList)
                    + ": name last quarter's code.json files or a folder that holds some");
            return Main.UNUSABLE;
        }
        StatewideMetrics table = StatewideMetrics.of(period == null ? "" : period, inventories(now), inventories(before));
        if (outDir != null) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("statewide.json", new JsonWriter().writeBytes(StatewideReport.json(table)));
            files.put("statewide.csv", StatewideReport.csv(table).getBytes(StandardCharsets.UTF_8));
            files.put("statewide.md", StatewideReport.markdown(table).getBytes(StandardCharsets.UTF_8));
            files.put("statewide.html", StatewideReport.html(table).getBytes(StandardCharsets.UTF_8));
            List<Path> written = files.keySet().stream().map(outDir::resolve).toList();
            try {
                // A file that cannot be placed is named before any is written; then the four are written all or none.
                for (Path file : written) {
                    AtomicFiles.checkTarget(file);
                }
                AtomicFiles.writeAll(outDir, files);
            } catch (IOException e) {
                err.println("codejson: " + FileNames.inWords(e) + "; nothing was written");
                return Main.UNUSABLE;
            }
            err.println("codejson: " + Counts.of(table.agencies().size(), "agency", "agencies") + ", " + Counts.of(table.total().releases(), "release")
                    + "; wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
            return Main.VALID;
        }
        return print(() -> new JsonWriter().write(StatewideReport.json(table)), () -> StatewideReport.csv(table),
                () -> StatewideReport.markdown(table), () -> StatewideReport.html(table));
    }

    /**
     * Prints the format asked for; only that one is rendered. JSON, CSV and HTML are documents,
     * printed byte for byte as {@code --out} writes them (each neutralises control characters of
     * the inventory in its own syntax); the Markdown table is read on a terminal, so it goes
     * through the terminal's escaping.
     */
    private int print(Supplier<String> json, Supplier<String> csv, Supplier<String> md, Supplier<String> html) {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json:
                out.print(json.get());
                break;
            case csv:
                out.print(csv.get());
                break;
            case html:
                out.print(html.get());
                break;
            default:
                PrintWriter text = TerminalText.printWriter(out);
                text.print(md.get());
                text.flush();
        }
        out.flush();
        return Main.VALID;
    }

    private static List<Inventory> inventories(List<InventoryFiles.Read> read) {
        return read.stream().map(InventoryFiles.Read::inventory).toList();
    }
}
