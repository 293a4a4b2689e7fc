package gov.ca.code.codejson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.internal.ModelWriter;
import gov.ca.code.codejson.json.JsonDocument;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.json.ReadLimits;
import gov.ca.code.codejson.internal.DiagnosticOrder;
import gov.ca.code.codejson.validation.ModelValidator;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

import org.jspecify.annotations.Nullable;

/**
 * The entry point: read, validate and write code.json documents.
 *
 * <pre>{@code
 * CodeJson codejson = new CodeJson();
 * Document doc = codejson.read(Path.of("code.json"));
 * ValidationReport report = codejson.validate(doc);
 * report.violations().forEach(v -> System.out.println(v.pointer() + ": " + v.message()));
 * String canonical = codejson.write(doc);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CodeJson {

    private final JsonReader reader;
    private final JsonWriter writer = new JsonWriter();
    private final ModelValidator validator = new ModelValidator();

    /**
     * Starts the one-time set-up of reading and validation on a daemon thread and returns at once.
     * The first validation in a fresh JVM spends most of its time bootstrapping the validation
     * engine; a caller with other work to do first (a build that sums its inputs and compiles
     * before it validates) hides that time behind it. A caller that validates at once gains
     * nothing: the two threads then compete for the same set-up. Calling it again does nothing.
     * Results never depend on it: a read or validation that starts before the set-up is done waits
     * for the part it needs.
     */
    public static void prepareInBackground() {
        Preparation.start();
    }

    /** Creates an instance with the default {@link ReadLimits}. */
    public CodeJson() {
        this(ReadLimits.DEFAULT);
    }

    /**
     * Creates an instance.
     *
     * @param limits the limits applied when reading
     */
    public CodeJson(ReadLimits limits) {
        this(limits, ReadLimits.OPTIONS);
    }

    /**
     * Creates an instance whose messages name each read limit in an adapter's words.
     *
     * @param limits the limits applied when reading
     * @param spelling how a {@link ReadLimits.Limit} is spelled, such as a plugin parameter
     */
    public CodeJson(ReadLimits limits, Function<Input, String> spelling) {
        this.reader = new JsonReader(Objects.requireNonNull(limits, "limits"), spelling);
    }

    /** {@return the reader this instance reads with, for other inputs of the same use case such as an overlay} */
    public JsonReader reader() {
        return reader;
    }

    /**
     * Reads a file, detecting its family.
     *
     * @param file the file
     * @return the document
     * @throws JsonReadException when the file cannot be read, is not JSON, or is of no supported family
     */
    public Document read(Path file) throws JsonReadException {
        return bind(reader.read(Objects.requireNonNull(file, "file")), file.toString(), null);
    }

    /**
     * Reads a file as the given family.
     *
     * @param file the file
     * @param family the family, or null to detect it
     * @return the document
     * @throws JsonReadException when the file cannot be read or is not JSON
     */
    public Document read(Path file, @Nullable Family family) throws JsonReadException {
        return bind(reader.read(Objects.requireNonNull(file, "file")), file.toString(), family);
    }

    /**
     * Reads a stream to its end, without closing it.
     *
     * @param in the stream
     * @param name how messages name the input
     * @param family the family, or null to detect it
     * @return the document
     * @throws JsonReadException when the input is not JSON or is of no supported family
     */
    public Document read(InputStream in, String name, @Nullable Family family) throws JsonReadException {
        return bind(reader.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name")), name, family);
    }

    /**
     * Reads JSON text.
     *
     * @param json the text
     * @param name how messages name the input
     * @return the document
     * @throws JsonReadException when the text is not JSON or is of no supported family
     */
    public Document read(String json, String name) throws JsonReadException {
        return bind(reader.read(Objects.requireNonNull(json, "json"), Objects.requireNonNull(name, "name")), name, null);
    }

    /**
     * Validates a document with its family's default profile.
     *
     * @param document the document
     * @return the report
     */
    public ValidationReport validate(Document document) {
        return validate(document, Objects.requireNonNull(document, "document").family().defaultProfile());
    }

    /**
     * Validates a document.
     *
     * @param document the document
     * @param profile the profile; it must be one of the family's
     * @return the report with every violation found
     * @throws IllegalArgumentException when the profile does not apply to the family
     */
    public ValidationReport validate(Document document, Profile profile) {
        Objects.requireNonNull(document, "document");
        if (!document.family().profiles().contains(Objects.requireNonNull(profile, "profile"))) {
            throw new IllegalArgumentException(document.family().profileNotApplicable(profile.id()));
        }
        JsonDocument source = document.source();
        RootShape shape = document.shape();
        // The model knows renamed members by their schema names and the entries of an array root as
        // the entries of one object: locate them in the model object read under those names, then
        // report them at the pointers of the file.
        JsonValue modelTree = FamilyDetector.applyRenames(shape.modelObject(source.root()), document.renamed(), false);
        List<Diagnostic> violations = new ArrayList<>();
        for (Diagnostic v : validator.validate(document.root(), profile, modelTree)) {
            // Most violations are already at their file pointer: those are kept as they are, not made again.
            shape.filePointer(filePointer(v.pointer(), document.renamed())).ifPresent(p -> violations.add(
                    p.equals(v.pointer()) ? v : v.withPointer(p)));
        }
        for (Document.Renamed r : document.renamed()) {
            String at = shape.filePointer(r.filePointer()).orElse("");
            violations.add(Diagnostic.at(at, "variant.renamed", Severity.ERROR,
                    "the " + document.family().id() + " schema names this member \"" + JsonPointer.tokens(r.pointer())
                            .get(JsonPointer.tokens(r.pointer()).size() - 1) + "\", not \"" + r.writtenAs()
                            + "\"; rename it",
                    JsonPointer.locate(source.root(), at)));
        }
        if (shape.kind() != RootShape.Kind.OBJECT) {
            violations.add(Diagnostic.at("", "variant.root-shape", Severity.ERROR, rootShapeError(document),
                    source.root().location()));
        }
        violations.addAll(document.notices());
        for (JsonDocument.DuplicateMember d : source.duplicates()) {
            // The reference schema cannot see repeated names, so strict only warns about them.
            violations.add(Diagnostic.at(d.pointer(), "json.duplicate-key",
                    profile == Profile.STRICT ? Severity.WARNING : Severity.ERROR,
                    "this member name appears again in the same object (first at line " + d.firstLocation().line()
                            + ", column " + d.firstLocation().column()
                            + "); readers keep only the last value, so remove or rename one of them",
                    d.location()));
        }
        DiagnosticOrder.sort(violations);
        return new ValidationReport(document.name(), document.family(), profile, violations);
    }

    /**
     * Writes a document in the canonical form: keys in schema order, unknown keys after the known
     * ones, two-space indent, UTF-8, {@code \n}, final newline. When the input repeated a member
     * name, the last value is written, as every JSON reader would have used it.
     *
     * @param document the document
     * @return the canonical text
     */
    public String write(Document document) {
        return new String(writer.writeBytes(content(Objects.requireNonNull(document, "document"))), StandardCharsets.UTF_8);
    }

    /**
     * Writes a document in the canonical form, as {@link #write(Document)} does, to a stream as
     * UTF-8, while it is generated: no copy of the whole text is held. The stream is flushed, not closed.
     *
     * @param document the document
     * @param out the stream
     * @throws IOException when the stream cannot be written
     */
    public void write(Document document, OutputStream out) throws IOException {
        try {
            writer.write(content(Objects.requireNonNull(document, "document")), out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes a document in the canonical form, as {@link #write(Document)} does, to a character
     * stream while it is generated. The stream is flushed, not closed.
     *
     * @param document the document
     * @param out the stream
     * @throws IOException when the stream cannot be written
     */
    public void write(Document document, Writer out) throws IOException {
        try {
            writer.write(content(Objects.requireNonNull(document, "document")), out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@return the canonical text of a model root, such as an {@code Inventory}} */
    public String write(Record root) {
        return writer.write(toJson(Objects.requireNonNull(root, "root")));
    }

    /**
     * Writes a document to a file atomically: the file is either replaced whole or left as it was.
     *
     * @param document the document
     * @param target the file
     * @throws IOException when the file cannot be written
     */
    public void write(Document document, Path target) throws IOException {
        // Streamed into the temporary file: a national inventory's text need not fit in the heap beside its model.
        Objects.requireNonNull(document, "document");
        AtomicFiles.write(Objects.requireNonNull(target, "target"), out -> write(document, out));
    }

    /** {@return the JSON tree of a model root in canonical order} */
    public static JsonValue toJson(Record root) {
        return ModelWriter.toJson(Objects.requireNonNull(root, "root"));
    }

    /**
     * Replaces a file with the given bytes atomically, through a temporary file in the same folder
     * that is flushed to the disk before it is renamed. The file keeps the permissions of the file
     * it replaces; a new file gets the permissions the process's umask gives any new file; a
     * symbolic link is written through; a named pipe or a device is written to as it is. A file
     * that already holds the bytes is left untouched (its modification time and hard links too),
     * and a file nobody may write is refused rather than replaced.
     *
     * @param target the file
     * @param bytes the content
     * @throws IOException when the file cannot be written
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(Objects.requireNonNull(target, "target"), Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * The bytes {@link #write(Document, Path)} writes, for writing several documents at once, or
     * into something other than a file.
     *
     * @param document the document
     * @return the canonical text as UTF-8
     */
    public byte[] writeBytes(Document document) {
        return writer.writeBytes(fileJson(Objects.requireNonNull(document, "document")));
    }

    private Document bind(JsonDocument json, String name, @Nullable Family requested) throws JsonReadException {
        FamilyDetector.Detection detection = FamilyDetector.detect(json, name, requested);
        Record root = ModelBinder.bind(detection.family().rootType(), detection.bound());
        return new Document(name, detection.family(), root, json, detection.notices(), detection.renamed(),
                detection.shape());
    }

    /**
     * What writing a document emits: the model itself, straight from its records, when the file is the
     * family's object under the schema's names (every real inventory); else the tree of the file's layout.
     */
    private static Consumer<JsonWriter.Sink> content(Document document) {
        if (document.shape().kind() == RootShape.Kind.OBJECT && document.renamed().isEmpty()) {
            return sink -> ModelWriter.emit(document.root(), sink);
        }
        JsonValue file = fileJson(document);
        return sink -> sink.value(file);
    }

    /** The JSON of a document with the member names and the top-level shape its file uses, so that writing loses nothing. */
    private static JsonValue fileJson(Document document) {
        JsonValue object = FamilyDetector.applyRenames(toJson(document.root()), document.renamed(), true);
        return document.shape().restore((JsonValue.JsonObject) object);
    }

    /** The schema's verdict on a file that is not the family's object, and how to make it one. */
    private static String rootShapeError(Document document) {
        RootShape shape = document.shape();
        String wanted = "the " + document.family().id() + " schema wants one inventory object that lists the "
                + shape.member() + " under \"" + shape.member() + "\"";
        return switch (shape.kind()) {
            case ARRAY -> wanted + ", and this file is a top-level array of them: wrap it as {\"version\": \""
                    + (document.family() == Family.CODEGOV_1_0_1 ? "1.0.1" : "2.0.0") + "\", ..., \"" + shape.member()
                    + "\": [...]}";
            case ENTRY -> wanted + ", and this file is one of them alone: list it in the agency's inventory";
            case INVENTORIES -> wanted + ", and this file is a top-level array of " + shape.parts().size()
                    + " inventories: merge them into one (codejson merge)";
            case OBJECT -> throw new IllegalStateException("an object has the family's shape");
        };
    }

    private static String filePointer(String pointer, List<Document.Renamed> renamed) {
        for (Document.Renamed r : renamed) {
            if (pointer.equals(r.pointer()) || pointer.startsWith(r.pointer() + "/")) {
                return r.filePointer() + pointer.substring(r.pointer().length());
            }
        }
        return pointer;
    }

}
