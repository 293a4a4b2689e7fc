package gov.ca.code.codejson.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.CodeJson;

/**
 * The files a generation writes: the entry and, beside it, {@value #LABOR_REPORT} when the labor
 * hours were estimated, saying how. With them goes the record of the inputs that wrote them
 * ({@link GenerationInputs}), so that a run with the same inputs leaves them as they are, while a
 * run that fails leaves neither behind: a file of an earlier run would be read as this one's.
 *
 * @param entry the entry's file, such as {@code target/codejson/code.json}
 */
public record EntryFiles(Path entry) {

    /** The name of the estimate's report, beside the entry. */
    public static final String LABOR_REPORT = "labor-hours.json";

    /** Creates the files; the path is made absolute, so that it has a folder to put the report in. */
    public EntryFiles {
        entry = Objects.requireNonNull(entry, "entry").toAbsolutePath();
    }

    /** {@return the estimate's report beside the entry} */
    public Path laborReport() {
        return entry.resolveSibling(LABOR_REPORT);
    }

    /** {@return whether a run recorded its inputs: when none did, as after {@code clean}, there is nothing to compare} */
    public boolean recorded() {
        return GenerationInputs.isRecorded(entry);
    }

    /**
     * {@return whether the run that wrote the files had the same inputs, and they are as it wrote them}
     *
     * @param inputs the inputs of this run, one line each, as the adapter lists them
     * @throws IOException when a file exists but cannot be read
     */
    public boolean unchanged(List<String> inputs) throws IOException {
        return GenerationInputs.of(inputs, written()).unchanged();
    }

    /**
     * Writes a valid generation's entry and its estimate's report, each atomically, or removes the
     * report of an earlier estimate when the hours are given now: it would contradict them.
     *
     * @param text the entry's text, as written (redacted or not)
     * @param generation the generation, for its estimate
     * @return the files written or removed, for a build that tells its IDE which files changed
     * @throws IOException when a file cannot be written or removed
     */
    public List<Path> write(String text, Generation generation) throws IOException {
        List<Path> changed = new ArrayList<>(List.of(entry));
        CodeJson.writeAtomically(entry, text.getBytes(StandardCharsets.UTF_8));
        if (generation.laborEstimated()) {
            CodeJson.writeAtomically(laborReport(), generation.laborReport().getBytes(StandardCharsets.UTF_8));
            changed.add(laborReport());
        } else if (Files.deleteIfExists(laborReport())) {
            changed.add(laborReport());
        }
        return List.copyOf(changed);
    }

    /**
     * Records the inputs of the run that wrote the files; call it once everything the run writes is written.
     *
     * @param inputs the inputs, one line each
     * @throws IOException when the record cannot be written
     */
    public void record(List<String> inputs) throws IOException {
        GenerationInputs.of(inputs, written()).record();
    }

    /**
     * Removes the files and their record, after a run that did not write them.
     *
     * @throws IOException when one exists but cannot be removed
     */
    public void discard() throws IOException {
        GenerationInputs.discard(entry);
        Files.deleteIfExists(laborReport());
    }

    private List<Path> written() {
        return List.of(entry, laborReport());
    }
}
