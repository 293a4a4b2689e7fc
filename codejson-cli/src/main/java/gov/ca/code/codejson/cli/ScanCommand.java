package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
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
import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.report.TerminalText;
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
                    + " The provenance report says where every field came from. No file is read through a symbolic link"
                    + " out of its repository (a warning names it), and a checkout met twice is scanned once."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every entry is valid and was written", "1:some entry is invalid (listed); nothing but the report is written",
            "2:a path or the overlay could not be read, an output cannot be written or names the overlay or another"
                    + " output, or bad usage; nothing is written"})
final class ScanCommand implements Callable<Integer> {

    /** The report's name in {@code --out DIR}, which no entry takes. */
    private static final String REPORT_IN_FOLDER = "provenance.json";

    /** The longest file name, in characters, a repository's folder name becomes, before {@code -N.json}. */
    static final int MAX_NAME = 120;

    /** The most bytes of UTF-8 the name keeps, for a name of characters outside ASCII. */
    private static final int MAX_BYTES = 200;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Write the inventory to FILE, or one file per repository (NAME.json) into DIR (an existing folder"
                    + " or a path ending in /); NAME is the folder name cut to 120 characters, NAME-2.json for a second of"
                    + " the same name; written all or none with the report; default: standard output.")
    private String out;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "Settings the repositories cannot tell, such as usageType, as {\"defaults\": {...},"
                    + " \"repositories\": {\"NAME\": {...}}}; a NAME that no repository scanned has is a warning, and an"
                    + " error when it is a near miss of one that has no settings; a key given twice is refused.")
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
        if (out != null && out.isEmpty() || report != null && report.toString().isEmpty()) {
            // An empty name is the current folder, which a scan would then own and tidy.
            err.println("codejson scan: " + (out != null && out.isEmpty() ? "--out" : "--report") + " is empty; name a file"
                    + (out != null && out.isEmpty() ? ", or a folder ending in /," : "") + " to write");
            return Main.UNUSABLE;
        }
        boolean toDirectory = out != null && (out.endsWith("/") || Files.isDirectory(Path.of(out)));
        Targets targets;
        try {
            targets = targets(toDirectory);
        } catch (IOException e) {
            err.println("codejson scan: " + FileNames.inWords(e) + "; nothing was written");
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
        List<Diagnostic> unmatched = settings.unmatched(checkouts.stream().map(RepositoryScanner::name).toList());
        unmatched.forEach(d -> err.println(Main.FORMAT.line(d)));
        if (unmatched.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            err.println("codejson scan: nothing was written");
            return Main.UNUSABLE;
        }
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
        byte[] reportBytes = ScanOutput.report(scans).getBytes(StandardCharsets.UTF_8);
        if (!valid) {
            if (targets.report() != null) {
                CodeJson.writeAtomically(targets.report(), reportBytes);
            }
            err.println("codejson scan: some entries are invalid; no inventory was written"
                    + (targets.report() == null ? "" : " (the report is in " + targets.report() + ")"));
            return Main.INVALID;
        }
        if (toDirectory) {
            return writeFolder(err, targets, checkouts, scans, reportBytes);
        }
        String text = shareIt ? scans.get(0).generation().text() : ScanOutput.inventory(scans);
        if (!shareIt) {
            ValidationReport combined = ScanOutput.validate(text);
            if (!combined.valid()) {
                combined.violations().stream().filter(v -> v.severity() == Severity.ERROR)
                        .forEach(v -> err.println(Main.FORMAT.line(v.inFile("code.json"))));
                if (targets.report() != null) {
                    CodeJson.writeAtomically(targets.report(), reportBytes);
                }
                err.println("codejson scan: the combined inventory is invalid; no inventory was written"
                        + (targets.report() == null ? "" : " (the report is in " + targets.report() + ")"));
                return Main.INVALID;
            }
        }
        if (out == null) {
            if (targets.report() != null) {
                CodeJson.writeAtomically(targets.report(), reportBytes);
            }
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return Main.VALID;
        }
        Path file = Path.of(out);
        Map<Path, byte[]> both = new LinkedHashMap<>();
        both.put(file, text.getBytes(StandardCharsets.UTF_8));
        both.put(targets.report(), reportBytes);
        writeTogether(both);
        err.println("codejson scan: wrote " + scans.size() + (scans.size() == 1 ? " entry" : " entries") + " to " + out);
        return Main.VALID;
    }

    /**
     * The files a scan writes, checked before anything is scanned or written: a target that cannot
     * be written, or that names the overlay or another target, fails the scan with nothing written.
     *
     * @param report the report's file, or null when none is written
     */
    private record Targets(Path report) {
    }

    private Targets targets(boolean toDirectory) throws IOException {
        Path reportFile = reportFile(toDirectory);
        if (toDirectory) {
            for (Path p = Path.of(out); p != null; p = p.getParent()) {
                if (Files.exists(p)) {
                    if (!Files.isDirectory(p)) {
                        throw new IOException("cannot write into --out " + TerminalText.escape(out) + ": " + TerminalText.escape(p.toString())
                                + " is a file, not a folder; name a folder to write one file per repository, or the file"
                                + " without the final / to write one inventory");
                    }
                    break;
                }
            }
        } else if (out != null) {
            Path file = Path.of(out);
            AtomicFiles.checkTarget(file);
            if (overlay != null && FilePlaces.isWithin(file, overlay)) {
                throw new IOException("--out " + FileNames.quote(out) + " is the overlay; write the inventory to another file");
            }
        }
        if (reportFile != null) {
            AtomicFiles.checkTarget(reportFile);
            if (overlay != null && FilePlaces.isWithin(reportFile, overlay)) {
                throw new IOException("--report " + FileNames.quote(reportFile) + " is the overlay; write the report to another file");
            }
            if (out != null && !toDirectory && FilePlaces.isWithin(reportFile, Path.of(out))) {
                throw new IOException("--report " + FileNames.quote(reportFile) + " is the file --out writes; give the report"
                        + " another file");
            }
        }
        return new Targets(reportFile);
    }

    /** Writes the entries, and the report when it goes into the same folder, all or none. */
    private int writeFolder(PrintWriter err, Targets targets, List<Path> checkouts, List<ScannedRepository> scans,
            byte[] reportBytes) throws IOException {
        Path dir = Path.of(out);
        Map<String, String> reserved = new HashMap<>();
        String reportName = null;
        if (targets.report() != null && inFolder(dir, targets.report())) {
            reportName = targets.report().getFileName().toString();
            reserved.put(reportName.toLowerCase(Locale.ROOT), "the provenance report");
        }
        if (overlay != null && inFolder(dir, overlay)) {
            reserved.put(overlay.getFileName().toString().toLowerCase(Locale.ROOT), "the overlay");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> names = entryFiles(checkouts, scans, reserved, err);
        for (int i = 0; i < scans.size(); i++) {
            files.put(names.get(i), scans.get(i).generation().text().getBytes(StandardCharsets.UTF_8));
        }
        if (reportName != null) {
            // Written with the entries, so that the report never describes entries a failure left unwritten.
            files.put(reportName, reportBytes);
            OwnedFolder.write(dir, files);
        } else if (targets.report() != null) {
            Map<Path, byte[]> report = new LinkedHashMap<>();
            report.put(targets.report(), reportBytes);
            writeTogether(report, () -> OwnedFolder.write(dir, files));
        } else {
            OwnedFolder.write(dir, files);
        }
        err.println("codejson scan: wrote " + scans.size() + (scans.size() == 1 ? " entry" : " entries") + " into " + dir);
        return Main.VALID;
    }

    /** {@return whether a file is directly inside a folder} */
    private static boolean inFolder(Path dir, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && FilePlaces.realPath(dir).equals(FilePlaces.realPath(parent)) && file.getFileName() != null;
    }

    /** Writes files that may lie in different folders, as {@link #writeTogether(Map, Write)} does with nothing after. */
    private static void writeTogether(Map<Path, byte[]> files) throws IOException {
        writeTogether(files, () -> { });
    }

    /**
     * Writes several files, then runs a last write, all or none: files of one folder are staged
     * together ({@link AtomicFiles#writeAll}); when a later one fails, those already written are put
     * back as they were.
     */
    private static void writeTogether(Map<Path, byte[]> files, Write last) throws IOException {
        Map<Path, Map<String, byte[]>> byFolder = new LinkedHashMap<>();
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Path absolute = f.getKey().toAbsolutePath();
            byFolder.computeIfAbsent(absolute.getParent(), k -> new LinkedHashMap<>()).put(absolute.getFileName().toString(), f.getValue());
        }
        List<Map.Entry<Path, byte[]>> previous = new ArrayList<>();
        try {
            for (Map.Entry<Path, Map<String, byte[]>> folder : byFolder.entrySet()) {
                List<Map.Entry<Path, byte[]>> before = new ArrayList<>();
                for (String name : folder.getValue().keySet()) {
                    Path target = AtomicFiles.checkTarget(folder.getKey().resolve(name));
                    before.add(new AbstractMap.SimpleEntry<>(target, Files.isRegularFile(target) ? Files.readAllBytes(target) : null));
                }
                AtomicFiles.writeAll(folder.getKey(), folder.getValue());
                previous.addAll(before);
            }
            last.run();
        } catch (IOException | RuntimeException e) {
            for (Map.Entry<Path, byte[]> p : previous) {
                try {
                    if (p.getValue() == null) {
                        Files.deleteIfExists(p.getKey());
                    } else {
                        AtomicFiles.write(p.getKey(), p.getValue());
                    }
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
    }

    /** A write that may fail after others were made. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    /**
     * The file name of each repository's entry in {@code --out DIR}: its folder name, cut to
     * {@value #MAX_NAME} characters, and {@code .json}, made unique with {@code -2}, {@code -3}, ...
     * in the order of the scan, so that two repositories of the same name (in two folders) both
     * keep their entry and none replaces the report or the overlay. Names are compared without
     * case, as a case-insensitive file system would. Each entry not written under its own name is
     * said on standard error.
     */
    private static List<String> entryFiles(List<Path> checkouts, List<ScannedRepository> scans, Map<String, String> reserved,
            PrintWriter err) {
        Map<String, String> takenBy = new HashMap<>(reserved);
        takenBy.putIfAbsent(REPORT_IN_FOLDER, "the provenance report");
        takenBy.put(OwnedFolder.WRITTEN.toLowerCase(Locale.ROOT), "the list of the files written");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            String base = cut(scans.get(i).name());
            String name = base + ".json";
            String owner = FileNames.quote(checkouts.get(i));
            String taken = takenBy.get(name.toLowerCase(Locale.ROOT));
            for (int n = 2; takenBy.containsKey(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".json";
            }
            if (taken != null) {
                err.println("codejson scan: the entry of " + owner + " is written as " + FileNames.quote(name) + ", since "
                        + FileNames.quote(base + ".json") + " is " + taken);
            } else if (!base.equals(scans.get(i).name())) {
                err.println("codejson scan: the entry of " + owner + " is written as " + FileNames.quote(name)
                        + ", its name cut to " + MAX_NAME + " characters");
            }
            takenBy.put(name.toLowerCase(Locale.ROOT), "the entry of " + owner);
            names.add(name);
        }
        return names;
    }

    /**
     * Cuts a folder name to {@value #MAX_NAME} characters, and to {@value #MAX_BYTES} bytes of
     * UTF-8, so that with {@code -N.json} it stays within the 255 bytes a file system allows a name.
     */
    static String cut(String name) {
        String cut = name;
        if (cut.codePointCount(0, cut.length()) > MAX_NAME) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, MAX_NAME));
        }
        while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, cut.codePointCount(0, cut.length()) - 1));
        }
        return cut;
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
