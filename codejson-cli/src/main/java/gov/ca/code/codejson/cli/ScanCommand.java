package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.scan.RepositoryScanner;
import gov.ca.code.codejson.scan.ScanOutput;
import gov.ca.code.codejson.scan.ScanOverlay;
import gov.ca.code.codejson.scan.ScannedRepository;

/** {@code codejson scan}: code.json entries for git checkouts in any language. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Derive a code.json entry for each git checkout, in any language, and write one inventory.",
            "Each PATH is a git checkout or a folder whose direct sub-folders are checkouts (scanned in parallel)."
                    + " Manifests (publiccode.yml, package.json, pyproject.toml, Cargo.toml, composer.json, setup.cfg,"
                    + " DESCRIPTION, pom.xml), the license file's text, the source lines, the git history and the origin"
                    + " remote (credentials removed) give the fields; a committed code.json and the overlay win over them."
                    + " The provenance report says where every field came from."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every entry is valid and was written", "1:some entry is invalid (listed); nothing but the report is written",
            "2:a path or the overlay could not be read, or bad usage; nothing is written"})
final class ScanCommand implements Callable<Integer> {

    /** The report's name in {@code --out DIR}, which no entry takes. */
    private static final String REPORT_IN_FOLDER = "provenance.json";

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Write the inventory to FILE, or one file per repository (NAME.json) into DIR (an existing folder"
                    + " or a path ending in /); default: standard output.")
    private String out;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "Settings the repositories cannot tell, such as usageType, as {\"defaults\": {...},"
                    + " \"repositories\": {\"NAME\": {...}}}.")
    private Path overlay;

    @Option(names = "--family", paramLabel = "ID", defaultValue = "codegov-2.0.0",
            description = "The family to write: codegov-2.0.0 (default) or shareit-2.0.0.")
    private String family;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write the provenance report to FILE; default: beside --out (NAME.provenance.json or"
                    + " DIR/provenance.json), none when writing to standard output.")
    private Path report;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A git checkout, or a folder of checkouts.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!family.equals(Family.CODEGOV_2_0_0.id()) && !family.equals(Family.SHAREIT_2_0_0.id())) {
            err.println("codejson scan: cannot write the family '" + family + "'; use codegov-2.0.0 or shareit-2.0.0");
            return Main.UNUSABLE;
        }
        ScanOverlay settings = ScanOverlay.NONE;
        if (overlay != null) {
            try {
                settings = ScanOverlay.read(overlay, overlay.toString());
            } catch (JsonReadException e) {
                err.println(Main.FORMAT.line(e.diagnostic().inFile(overlay.toString())));
                err.println("codejson scan: nothing was written");
                return Main.UNUSABLE;
            }
        }
        List<Path> checkouts;
        try {
            checkouts = RepositoryScanner.checkouts(paths, warning -> err.println("codejson scan: warning: " + warning));
        } catch (IllegalArgumentException e) {
            err.println("codejson scan: " + e.getMessage());
            return Main.UNUSABLE;
        }
        if (checkouts.isEmpty()) {
            err.println("codejson scan: no checkout is left to scan; nothing was written");
            return Main.UNUSABLE;
        }
        boolean toDirectory = out != null && (out.endsWith("/") || Files.isDirectory(Path.of(out)));
        boolean shareIt = family.equals(Family.SHAREIT_2_0_0.id());
        if (shareIt && checkouts.size() > 1 && !toDirectory) {
            err.println("codejson scan: SHARE IT has one object per repository; give --out DIR for " + checkouts.size()
                    + " repositories");
            return Main.UNUSABLE;
        }
        List<ScannedRepository> scans = new RepositoryScanner(family, settings)
                .scanAll(checkouts, line -> err.println("codejson scan: " + line));
        boolean valid = true;
        for (ScannedRepository scan : scans) {
            valid &= print(err, scan);
        }
        Path reportFile = reportFile(toDirectory);
        if (reportFile != null) {
            if (reportFile.getParent() != null) {
                Files.createDirectories(reportFile.getParent());
            }
            CodeJson.writeAtomically(reportFile, ScanOutput.report(scans).getBytes(StandardCharsets.UTF_8));
        }
        if (!valid) {
            err.println("codejson scan: some entries are invalid; no inventory was written"
                    + (reportFile == null ? "" : " (the report is in " + reportFile + ")"));
            return Main.INVALID;
        }
        if (toDirectory) {
            Path dir = Path.of(out);
            Map<String, byte[]> files = new LinkedHashMap<>();
            List<String> names = entryFiles(checkouts, scans, err);
            for (int i = 0; i < scans.size(); i++) {
                files.put(names.get(i), scans.get(i).generation().text().getBytes(StandardCharsets.UTF_8));
            }
            OwnedFolder.write(dir, files);
            err.println("codejson scan: wrote " + scans.size() + " entries into " + dir);
            return Main.VALID;
        }
        String text = shareIt ? scans.get(0).generation().text() : ScanOutput.inventory(scans);
        if (!shareIt) {
            ValidationReport combined = ScanOutput.validate(text);
            if (!combined.valid()) {
                combined.violations().stream().filter(v -> v.severity() == Severity.ERROR)
                        .forEach(v -> err.println(Main.FORMAT.line(v.inFile("code.json"))));
                err.println("codejson scan: the combined inventory is invalid; nothing was written");
                return Main.INVALID;
            }
        }
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            CodeJson.writeAtomically(Path.of(out), text.getBytes(StandardCharsets.UTF_8));
            err.println("codejson scan: wrote " + scans.size() + (scans.size() == 1 ? " entry" : " entries") + " to " + out);
        }
        return Main.VALID;
    }

    /**
     * The file name of each repository's entry in {@code --out DIR}: its folder name and
     * {@code .json}, made unique with {@code -2}, {@code -3}, ... in the order of the scan, so that
     * two repositories of the same name (in two folders) both keep their entry and none replaces the
     * report. Names are compared without case, as a case-insensitive file system would. Each entry
     * not written under its own name is said on standard error.
     */
    private static List<String> entryFiles(List<Path> checkouts, List<ScannedRepository> scans, PrintWriter err) {
        Map<String, String> takenBy = new HashMap<>();
        takenBy.put(REPORT_IN_FOLDER, "the provenance report");
        takenBy.put(OwnedFolder.WRITTEN.toLowerCase(Locale.ROOT), "the list of the files written");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            String base = scans.get(i).name();
            String name = base + ".json";
            String owner = FileNames.quote(checkouts.get(i));
            String taken = takenBy.get(name.toLowerCase(Locale.ROOT));
            for (int n = 2; takenBy.containsKey(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".json";
            }
            if (taken != null) {
                err.println("codejson scan: the entry of " + owner + " is written as " + FileNames.quote(name) + ", since "
                        + FileNames.quote(base + ".json") + " is " + taken);
            }
            takenBy.put(name.toLowerCase(Locale.ROOT), "the entry of " + owner);
            names.add(name);
        }
        return names;
    }

    private Path reportFile(boolean toDirectory) {
        if (report != null) {
            return report;
        }
        if (out == null) {
            return null;
        }
        if (toDirectory) {
            return Path.of(out).resolve(REPORT_IN_FOLDER);
        }
        Path file = Path.of(out);
        String name = file.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(base + ".provenance.json");
    }

    /** Prints the errors and warnings of one repository; {@return whether it is valid} */
    private static boolean print(PrintWriter err, ScannedRepository scan) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic p : scan.problems()) {
            if (p.severity() != Severity.INFO) {
                lines.add(Main.FORMAT.line(p.inFile(p.file().isEmpty() ? scan.name() : scan.name() + "/" + p.file())));
            }
        }
        for (Diagnostic d : scan.messages()) {
            if (d.severity() != Severity.INFO) {
                String pointer = d.subject() instanceof Subject.Pointer p ? p.pointer() + ": " : "";
                lines.add(scan.name() + ": " + d.severity().label() + ": " + pointer + d.message());
            }
        }
        lines.forEach(err::println);
        return scan.valid();
    }
}
