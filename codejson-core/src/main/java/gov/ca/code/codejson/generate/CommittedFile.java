package gov.ca.code.codejson.generate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * Brings a committed code.json up to date with a {@link Generation} while keeping what the project
 * model does not own.
 *
 * <p>The project owns every member the generator wrote: the inventory's {@code version},
 * {@code measurementType} and {@code agency}, and each member of its release (objects such as
 * {@code contact} are merged member by member). Everything else of the committed file is kept as
 * it is: other releases, members added by hand such as {@code relatedCode}, unknown members. The
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
     * Computes the updated text of a committed file.
     *
     * @param committed the committed file as read; it must have been read from text
     * @param generation the generation
     * @return the canonical text the committed file should have
     * @throws IllegalArgumentException when the committed file is not an inventory read from text
     */
    public String updated(Document committed, Generation generation) {
        return updated(committed, generation, true);
    }

    /**
     * Computes the updated text of a committed file.
     *
     * @param committed the committed file as read; it must have been read from text
     * @param generation the generation
     * @param withDates whether the generated {@code date} replaces the committed one; when false the
     *     committed {@code date} is kept as it is
     * @return the canonical text the committed file should have
     * @throws IllegalArgumentException when the committed file was not read from text, or it is of another
     *     family than the generated one
     */
    public String updated(Document committed, Generation generation, boolean withDates) {
        Objects.requireNonNull(committed, "committed");
        if (committed.source() == null || !(committed.source().root() instanceof JsonValue.JsonObject root)) {
            throw new IllegalArgumentException("the committed file was not read from text");
        }
        Family family = generation.document().family();
        if (committed.family() != family) {
            throw new IllegalArgumentException(committed.name() + " is " + committed.family().id() + " but " + family.id()
                    + " is generated; migrate it to " + family.id() + " first or delete it");
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
        if (index < 0) {
            releases.add(withDates ? generation.release() : owned);
        } else {
            releases.set(index, JsonMerge.overwrite((JsonValue.JsonObject) releases.get(index), owned));
        }
        List<JsonValue.Member> out = new ArrayList<>(top.members());
        out.add(new JsonValue.Member("releases", new JsonValue.JsonArray(releases, root.location()), root.location()));
        return canonical(new JsonValue.JsonObject(out, root.location()), committed);
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
