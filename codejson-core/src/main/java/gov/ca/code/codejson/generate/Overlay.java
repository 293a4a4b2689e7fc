package gov.ca.code.codejson.generate;

import java.nio.file.Path;
import java.util.Objects;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.json.ReadLimits;

/**
 * A hand-kept file of release fields that a project model cannot hold, such as
 * {@code relatedCode} or {@code partners}. It is applied to the generated release as a JSON Merge
 * Patch (RFC 7396): objects merge member by member, any other value replaces, {@code null} removes.
 *
 * @param name how messages name the file
 * @param patch the patch, a JSON object with locations
 */
public record Overlay(String name, JsonValue.JsonObject patch) {

    /** Creates an overlay; no component may be null. */
    public Overlay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patch, "patch");
    }

    /**
     * Reads an overlay file.
     *
     * @param file the file
     * @param name how messages name it, such as a path relative to the project
     * @return the overlay
     * @throws JsonReadException when the file cannot be read, is not JSON, or is not an object
     */
    public static Overlay read(Path file, String name) throws JsonReadException {
        return read(file, name, new JsonReader(ReadLimits.DEFAULT));
    }

    /**
     * Reads an overlay file within a reader's limits.
     *
     * @param file the file
     * @param name how messages name it, such as a path relative to the project
     * @param reader the reader, with the limits of the use case
     * @return the overlay
     * @throws JsonReadException when the file cannot be read, is not JSON, is over a limit, or is not an object
     */
    public static Overlay read(Path file, String name, JsonReader reader) throws JsonReadException {
        JsonValue root;
        try {
            root = reader.read(file).root();
        } catch (JsonReadException e) {
            throw new JsonReadException(name, e.location(), e.reason());
        }
        if (root instanceof JsonValue.JsonObject object) {
            return new Overlay(name, object);
        }
        throw new JsonReadException(name, root.location(),
                "an overlay is a JSON object of release fields, such as {\"partners\": [...]}, not " + root.typeName());
    }

    /** {@return the location of the value at a pointer of the patch} */
    Location locate(String pointer) {
        return gov.ca.code.codejson.json.JsonPointer.locate(patch, pointer);
    }
}
