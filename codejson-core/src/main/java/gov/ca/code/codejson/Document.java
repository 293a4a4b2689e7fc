package gov.ca.code.codejson;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.json.JsonDocument;
import gov.ca.code.codejson.validation.Violation;

/**
 * A code.json document: its family, its typed model and, when it was read from text, the located
 * JSON it came from.
 *
 * @param name the file name or description of the input, used in messages
 * @param family the schema family
 * @param root the typed model, an instance of {@link Family#rootType()}
 * @param source the JSON as read, or null when the document was built in code
 * @param notices what reading noticed about the input, such as a variant spelling, reported with validation
 */
public record Document(String name, Family family, Record root, JsonDocument source, List<Violation> notices) {

    /** Creates a document; the root must be of the family's type. */
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(root, "root");
        if (!family.rootType().isInstance(root)) {
            throw new IllegalArgumentException("a " + family.id() + " document has a " + family.rootType().getSimpleName()
                    + " root, not " + root.getClass().getSimpleName());
        }
        notices = List.copyOf(notices);
    }

    /** {@return a document for a model built in code} */
    public static Document of(String name, Family family, Record root) {
        return new Document(name, family, root, null, List.of());
    }

    /** {@return the root as the given model type} */
    public <T extends Record> T root(Class<T> type) {
        return type.cast(root);
    }
}
