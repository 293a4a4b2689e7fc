package gov.ca.code.codejson.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.files.OutputFiles;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.report.TerminalText;

/**
 * Where an aggregate and its merge report are written, as both adapters ask for them: checked
 * against the inputs before any input is read, and written both or neither.
 *
 * @param files the files asked for, by the setting that names each ({@link MergeRequest.Setting#OUTPUT_FILE},
 *     {@link MergeRequest.Setting#REPORT_FILE}); one left out is not written
 */
public record MergeOutputs(Map<MergeRequest.Setting, Path> files) {

    /** Creates the outputs; the map is copied and may name only the two output settings. */
    public MergeOutputs {
        files = Map.copyOf(files);
        if (files.keySet().stream().anyMatch(s -> s != MergeRequest.Setting.OUTPUT_FILE && s != MergeRequest.Setting.REPORT_FILE)) {
            throw new IllegalArgumentException("only OUTPUT_FILE and REPORT_FILE name an output: " + files.keySet());
        }
    }

    /**
     * {@return an error for each output that would land on an input or inside an input folder, or on
     * the other output} The inputs are read before anything is written, so an output in place of an
     * input would replace it with the merge of itself, and one inside an input folder would be read
     * as an input by the next merge.
     *
     * @param request the inputs, and how messages name a file
     * @param file the file the errors are in, such as the POM that sets the outputs; {@code ""} for none
     */
    public List<Diagnostic> misplaced(MergeRequest request, String file) {
        Map<MergeRequest.Setting, Path> landing = new EnumMap<>(MergeRequest.Setting.class);
        files.forEach((setting, path) -> landing.put(setting, landing(path)));
        List<Diagnostic> found = new ArrayList<>();
        Path inventory = landing.get(MergeRequest.Setting.OUTPUT_FILE);
        Path report = landing.get(MergeRequest.Setting.REPORT_FILE);
        if (inventory != null && report != null && !Files.isDirectory(inventory) && FilePlaces.isWithin(report, inventory)) {
            found.add(problem(file, MergeRequest.Setting.REPORT_FILE, name(request, files.get(MergeRequest.Setting.REPORT_FILE))
                    + " is the file the aggregate is written to; give the report a file of its own"));
        }
        for (Map.Entry<MergeRequest.Setting, Path> output : landing.entrySet()) {
            for (Path input : request.inputs()) {
                if (FilePlaces.isWithin(output.getValue(), input)) {
                    String named = name(request, files.get(output.getKey()));
                    String place = name(request, input);
                    found.add(problem(file, output.getKey(), Files.isDirectory(input)
                            ? named + " is inside the input folder " + place + ", whose .json files the next merge would read as"
                                    + " inputs; write it outside the folders merged"
                            : named + " is the input " + place + ", which it would replace; write it to another file"));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Writes the outputs asked for, both or neither; a file that already holds its bytes keeps its
     * modification time.
     *
     * @param codejson the writer
     * @param result the aggregate
     * @return the aggregate's text, which is written whether or not a file was asked for it
     * @throws IOException when an output cannot be written; then neither was
     */
    public byte[] write(CodeJson codejson, MergeResult result) throws IOException {
        byte[] inventory = codejson.write(result.output()).getBytes(StandardCharsets.UTF_8);
        Map<Path, byte[]> written = new LinkedHashMap<>();
        if (files.containsKey(MergeRequest.Setting.OUTPUT_FILE)) {
            written.put(files.get(MergeRequest.Setting.OUTPUT_FILE), inventory);
        }
        if (files.containsKey(MergeRequest.Setting.REPORT_FILE)) {
            written.put(files.get(MergeRequest.Setting.REPORT_FILE), new JsonWriter().writeBytes(result.report()));
        }
        OutputFiles.writeAll(written);
        return inventory;
    }

    /** {@return where a write lands: a symbolic link is written through, even one that leads to a file not made yet} */
    private static Path landing(Path output) {
        try {
            return AtomicFiles.checkTarget(output);
        } catch (IOException e) {
            // Told, with nothing written, when the outputs are written.
            return output;
        }
    }

    /** A file name is the user's text, and a line break in it must not start a forged line of the log. */
    private static String name(MergeRequest request, Path file) {
        return TerminalText.escape(request.naming().apply(file));
    }

    private static Diagnostic problem(String file, MergeRequest.Setting setting, String message) {
        return new Diagnostic(file, Location.UNKNOWN, Subject.input(setting), "merge.output-is-input", Severity.ERROR, message);
    }
}
