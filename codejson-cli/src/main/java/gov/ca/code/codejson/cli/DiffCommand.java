package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
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
import gov.ca.code.codejson.metrics.DiffText;
import gov.ca.code.codejson.metrics.InventoryDiff;
import gov.ca.code.codejson.metrics.MetricsJson;

/** {@code codejson diff}: the release-level differences between two inventories. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the releases added (+), removed (-) and changed (~, with each field) between two code.json files"
                + " of any family; a file that is not a code.gov 2.0.0 inventory is converted with the migration first (listed on standard error).",
            "A release is identified by its normalised repositoryURL, or by organization and name when it has none."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (with --exit-code: no differences)", "1:with --exit-code: the inventories differ",
            "2:an input could not be read, or bad usage"})
final class DiffCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        /** One line per release added or removed and per field changed. */
        text,
        /** {@code {"added", "removed", "changed"}}. */
        json
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    private Format format = Format.text;

    @Option(names = "--exit-code", description = "Exit with 1 when the inventories differ, like git diff --exit-code.")
    private boolean exitCode;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older inventory.")
    private String before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer inventory.")
    private String after;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CodeJson codejson = new CodeJson(readLimits.limits());
        Inventory old = InventoryFiles.read(codejson, before, err);
        Inventory now = InventoryFiles.read(codejson, after, err);
        if (old == null || now == null) {
            return Main.UNUSABLE;
        }
        InventoryDiff diff = InventoryDiff.of(old, now);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(new JsonWriter().write(MetricsJson.diff(diff)));
        } else {
            DiffText.render(diff).forEach(out::println);
        }
        out.flush();
        return exitCode && !diff.isEmpty() ? Main.INVALID : Main.VALID;
    }
}
