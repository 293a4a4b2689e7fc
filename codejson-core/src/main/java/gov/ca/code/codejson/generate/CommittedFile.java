package gov.ca.code.codejson.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

import org.jspecify.annotations.Nullable;

/**
 * Brings a committed code.json up to date with a {@link Generation} while keeping what the project
 * model does not own.
 *
 * <p>The project owns every member the generator wrote: the inventory's {@code version},
 * {@code measurementType} and {@code agency}, and each member of its release (objects such as
 * {@code contact} are merged member by member). Everything else of the committed file is kept:
 * members added by hand such as {@code relatedCode}, unknown members, and other releases, which
 * keep their own member order and number spellings. The file is written in the canonical layout
 * (two-space indent), the project's release and the top level in schema order. The
 * release is the one with the generated name, else the only release, else a new one at the end.
 * Nothing is ever removed, so a member the project no longer produces is deleted by hand.
 *
 * <p>A SHARE IT per-repository object has no releases: the project owns every member the generator
 * wrote into it and the members added by hand, such as {@code relatedCode}, are kept the same way.
 *
 * <p>The release {@code date} changes with every commit, so a committed file can never hold the
 * dates of the commit that contains it. {@link #updated(Document, Generation, boolean)} can
 * therefore leave the committed dates alone, which is how a staleness check compares.
 */
public final class CommittedFile {

    private final CodeJson codejson = new CodeJson();
    private final JsonWriter writer = new JsonWriter();

    /** Creates an instance. Instances are immutable and thread-safe. */
    public CommittedFile() {
    }

    /**
     * A committed file as read.
     *
     * @param document the document
     * @param text the file's text as it is on disk, to compare with what it should be
     */
    public record Read(Document document, String text) {
    }

    /** How a committed file compares with the generation. */
    public enum State {
        /** It could not be compared: it cannot be read, its profile does not apply, or it is of another family. */
        NOT_COMPARED,
        /** It is what the generation gives, dates aside. */
        UP_TO_DATE,
        /** It differs from what the generation gives. */
        STALE
    }

    /**
     * What a comparison found.
     *
     * @param state how the file compares
     * @param diagnostics what is wrong with the file, in the file's name: why it could not be read or
     *     compared, its violations, and where it differs when it is stale
     */
    public record Comparison(State state, List<Diagnostic> diagnostics) {
        /** Creates the record; the list is copied. */
        public Comparison {
            Objects.requireNonNull(state, "state");
            diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        }
    }

    /**
     * Reads a committed file once, for its document and its text.
     *
     * @param codejson the reader, with the limits to read under
     * @param file the file
     * @param name the file's name in diagnostics
     * @return the document and the text
     * @throws IOException when the file cannot be read
     * @throws JsonReadException when it is not a readable code.json document
     */
    public static Read read(CodeJson codejson, Path file, String name) throws IOException, JsonReadException {
        byte[] bytes = Files.readAllBytes(file);
        return new Read(codejson.read(new ByteArrayInputStream(bytes), name, null), new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Validates a committed file and compares it with the generation, leaving its dates out, since
     * they move with every commit.
     *
     * @param codejson the reader and validator
     * @param file the committed file
     * @param name its name in diagnostics
     * @param generation the generation to compare with
     * @param profile the profile asked for, or null for the file's family default; the file may be
     *     of another family than the generated one, and a profile that does not apply to it is
     *     reported rather than replaced by the default
     * @param fix what the stale diagnostic tells the user to do, such as the command that updates the file
     * @return the state and the diagnostics
     * @throws IOException when the file cannot be read
     */
    public Comparison compare(CodeJson codejson, Path file, String name, Generation generation, @Nullable String profile,
            String fix) throws IOException {
        Read committed;
        try {
            committed = read(codejson, file, name);
        } catch (JsonReadException e) {
            return new Comparison(State.NOT_COMPARED, List.of(e.diagnostic().inFile(name)));
        }
        Document document = committed.document();
        Family.ProfileChoice choice = document.family().profile(profile, Setting.PROFILE);
        if (choice instanceof Family.ProfileChoice.Refused refused) {
            // A profile of the generated family refused for a file of another family: the family is what to fix.
            return new Comparison(State.NOT_COMPARED, List.of(document.family() == generation.document().family()
                    ? refused.diagnostic() : familyMismatch(name, document, generation)));
        }
        ValidationReport report = codejson.validate(document, ((Family.ProfileChoice.Chosen) choice).profile());
        List<Diagnostic> out = new ArrayList<>();
        report.violations().forEach(v -> out.add(v.inFile(name)));
        String expected;
        try {
            expected = updated(document, generation, false);
        } catch (IllegalArgumentException e) {
            out.add(new Diagnostic(name, Location.UNKNOWN, Subject.FILE, "check.family-mismatch", Severity.ERROR, e.getMessage()));
            return new Comparison(State.NOT_COMPARED, out);
        }
        if (expected.equals(committed.text())) {
            return new Comparison(State.UP_TO_DATE, out);
        }
        out.add(StaleFile.diagnostic(name, expected, committed.text(), document.source().root(), fix));
        return new Comparison(State.STALE, out);
    }

    /**
     * Computes the updated text of a committed file.
     *
     * @param committed the committed file as read; its top-level value must be an object
     * @param generation the generation
     * @return the text the committed file should have
     * @throws IllegalArgumentException when the committed file's top-level value is not an object, or it
     *     is of another family than the generated one
     */
    public String updated(Document committed, Generation generation) {
        return updated(committed, generation, true);
    }

    /**
     * Computes the updated text of a committed file.
     *
     * @param committed the committed file as read; its top-level value must be an object
     * @param generation the generation
     * @param withDates whether the generated {@code date} replaces the committed one; when false the
     *     committed {@code date} is kept as it is
     * @return the text the committed file should have
     * @throws IllegalArgumentException when the committed file's top-level value is not an object, or it is of another
     *     family than the generated one
     */
    public String updated(Document committed, Generation generation, boolean withDates) {
        Objects.requireNonNull(committed, "committed");
        if (!(committed.source().root() instanceof JsonValue.JsonObject root)) {
            throw new IllegalArgumentException("the committed file is not a JSON object");
        }
        Family family = generation.document().family();
        if (committed.family() != family) {
            throw new IllegalArgumentException(familyMismatchText(committed, generation));
        }
        if (family != Family.CODEGOV_2_0_0) {
            return canonical(JsonMerge.overwrite(root, withDates ? generation.release() : withoutDate(generation.release())),
                    committed);
        }
        JsonValue.JsonObject generatedRoot = (JsonValue.JsonObject) generation.document().source().root();
        List<JsonValue.Member> members = new ArrayList<>();
        for (JsonValue.Member m : root.members()) {
            if (!m.name().equals("releases")) {
                members.add(m);
            }
        }
        JsonValue.JsonObject top = JsonMerge.overwrite(new JsonValue.JsonObject(members, root.location()),
                withoutReleases(generatedRoot));
        List<JsonValue> releases = new ArrayList<>(root.get("releases")
                .filter(JsonValue.JsonArray.class::isInstance).map(a -> ((JsonValue.JsonArray) a).elements()).orElse(List.of()));
        JsonValue.JsonObject owned = withDates ? generation.release() : withoutDate(generation.release());
        int index = matchingRelease(releases, owned);
        JsonValue.JsonObject release = index < 0 ? owned : JsonMerge.overwrite((JsonValue.JsonObject) releases.get(index), owned);
        // Only the top level and the project's release take the canonical form: the other releases
        // are not the project's to reorder (nor would a check then pass over a file kept by hand),
        // so they never go through the model and are written back as the file has them.
        List<JsonValue.Member> out = new ArrayList<>(top.members());
        out.add(new JsonValue.Member("releases", new JsonValue.JsonArray(List.of(release), root.location()), root.location()));
        List<JsonValue.Member> written = new ArrayList<>();
        for (JsonValue.Member m : canonicalTree(new JsonValue.JsonObject(out, root.location()), committed).members()) {
            if (m.name().equals("releases") && m.value() instanceof JsonValue.JsonArray canonical) {
                if (index < 0) {
                    releases.add(canonical.elements().get(0));
                } else {
                    releases.set(index, canonical.elements().get(0));
                }
                m = new JsonValue.Member(m.name(), new JsonValue.JsonArray(releases, canonical.location()), m.location());
            }
            written.add(m);
        }
        return writer.write(new JsonValue.JsonObject(written, root.location()));
    }

    private JsonValue.JsonObject canonicalTree(JsonValue.JsonObject merged, Document committed) {
        try {
            return (JsonValue.JsonObject) new JsonReader().read(canonical(merged, committed), committed.name()).root();
        } catch (JsonReadException e) {
            throw new IllegalStateException("the canonical text cannot be read back: " + e.getMessage(), e);
        }
    }

    private static Diagnostic familyMismatch(String name, Document committed, Generation generation) {
        return new Diagnostic(name, Location.UNKNOWN, Subject.FILE, "check.family-mismatch", Severity.ERROR,
                familyMismatchText(committed, generation));
    }

    private static String familyMismatchText(Document committed, Generation generation) {
        String family = generation.document().family().id();
        return committed.name() + " is " + committed.family().id() + " but " + family + " is generated; migrate it to " + family
                + " first or delete it";
    }

    private String canonical(JsonValue.JsonObject merged, Document committed) {
        try {
            // Reading the merged tree back gives the canonical key order of the family.
            return codejson.write(codejson.read(new ByteArrayInputStream(writer.write(merged).getBytes(StandardCharsets.UTF_8)),
                    committed.name(), committed.family()));
        } catch (JsonReadException e) {
            throw new IllegalStateException("the merged file cannot be read back: " + e.getMessage(), e);
        }
    }

    private static JsonValue.JsonObject withoutDate(JsonValue.JsonObject owned) {
        return new JsonValue.JsonObject(owned.members().stream().filter(m -> !m.name().equals("date")).toList(),
                owned.location());
    }

    private static JsonValue.JsonObject withoutReleases(JsonValue.JsonObject root) {
        return new JsonValue.JsonObject(root.members().stream().filter(m -> !m.name().equals("releases")).toList(),
                root.location());
    }

    private static int matchingRelease(List<JsonValue> releases, JsonValue.JsonObject generated) {
        Optional<String> name = stringMember(generated, "name");
        if (name.isPresent()) {
            for (int i = 0; i < releases.size(); i++) {
                if (releases.get(i) instanceof JsonValue.JsonObject r && stringMember(r, "name").equals(name)) {
                    return i;
                }
            }
        }
        if (releases.size() == 1 && releases.get(0) instanceof JsonValue.JsonObject) {
            return 0;
        }
        return -1;
    }

    private static Optional<String> stringMember(JsonValue.JsonObject object, String name) {
        return object.get(name).filter(JsonValue.JsonString.class::isInstance).map(v -> ((JsonValue.JsonString) v).value());
    }
}
