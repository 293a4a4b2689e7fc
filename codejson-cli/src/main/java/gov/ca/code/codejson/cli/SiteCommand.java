package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.site.Site;
import gov.ca.code.codejson.site.SiteInput;
import gov.ca.code.codejson.text.Counts;

/** {@code codejson site}: the static web site of one or more inventories. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Write a static, self-contained web site of the inventories to a folder: index.html with the headline figures"
                + " and every agency, releases.html with every release, searchable and filterable by agency, language, license,"
                + " usage type and status, a page per agency and a page per release with all its fields and data-quality findings.",
            "The pages load nothing from anywhere else and open from the disk; the same inventories give the same bytes."
                    + " Every file is written, or none."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:site written", "2:an input could not be read, the folder could not be written, or bad usage"})
final class SiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the site to (created when"
            + " missing); not an input folder (a folder inside one is fine).")
    private Path outDir;

    @Option(names = "--period", paramLabel = "PERIOD", description = "Label the pages with the quarter (2026-Q3) or a date"
            + " (2026-09-30); without it no date appears.")
    private String period;

    @Parameters(paramLabel = "INVENTORY", arity = "1..*", description = "An agency inventory, of any family (converted with the"
            + " migration), or a folder of them such as a harvest's output: its own *.json files, without links out of it and"
            + " without the files codejson writes (each skipped is named).")
    private List<String> inventories;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Periods.refused(period, err)) {
            return Main.UNUSABLE;
        }
        String misplaced = misplacedOutput();
        if (misplaced != null) {
            err.println("codejson: " + misplaced + "; nothing was written");
            return Main.UNUSABLE;
        }
        CodeJson codejson = new CodeJson(readLimits.limits());
        List<InventoryFiles.Read> read = InventoryFiles.readAll(codejson, inventories, err);
        if (read == null) {
            return Main.UNUSABLE;
        }
        List<SiteInput> inputs = read.stream().map(r -> new SiteInput(r.published(), r.inventory())).toList();
        if (inputs.isEmpty()) {
            err.println("codejson: no inventory in " + String.join(", ", inventories) + ": name code.json files or a folder that holds some");
            return Main.UNUSABLE;
        }
        List<Path> written = Site.write(outDir, inputs, period == null ? "" : period);
        long releases = inputs.stream().mapToLong(i -> i.inventory().releaseList().size()).sum();
        err.println("codejson: " + Counts.of(inputs.size(), "agency", "agencies") + ", " + Counts.of(releases, "release") + "; wrote "
                + Counts.of(written.size(), "file") + " to " + outDir + " (open " + outDir.resolve("index.html") + ")");
        return Main.VALID;
    }

    /**
     * {@return why the site cannot go where it was asked to, or null}: a site written into a folder
     * it reads would leave its own {@code agencies} folder there, which the next run takes for a
     * harvest's and reads instead of the inventories. A folder inside an input folder is fine: only
     * the folder's own {@code .json} files are read, and the site writes none.
     */
    private String misplacedOutput() {
        for (String name : inventories) {
            Path input = Inputs.STDIN.equals(name) ? null : Path.of(name);
            if (input != null && Files.isDirectory(input) && FilePlaces.realPath(outDir).equals(FilePlaces.realPath(input))) {
                return "--out " + FileNames.quote(outDir) + " is the input folder " + FileNames.quote(input) + ", where the next run would"
                        + " read the site's own agencies folder instead of the inventories; write the site to another folder, such as "
                        + FileNames.quote(outDir.resolve("site"));
            }
        }
        return null;
    }
}
