package gov.ca.code.codejson;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.json.JsonDocument;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.TextPosition;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * A code.json document: its family, its typed model and the JSON it stands for: located, when it
 * was read from text; without locations, when it was built in code.
 *
 * @param name the file name or description of the input, used in messages
 * @param family the schema family
 * @param root the typed model, an instance of {@link Family#rootType()}
 * @param source the JSON as read; for a document built in code ({@link #of}), the JSON its model
 *        writes, with no location, no byte order mark and no repeated member
 * @param notices what reading noticed about the input, such as a variant spelling, reported with validation
 * @param renamed members the file names differently from the family's schema and that were read under
 *        the schema's name; writing puts the file's name back, validation reports it
 * @param shape how the file's top-level value maps onto the model, such as a top-level array of
 *        releases read as the releases of an inventory; writing gives back that shape
 */
public record Document(String name, Family family, Record root, JsonDocument source, List<Diagnostic> notices,
        List<Renamed> renamed, RootShape shape) {

    /**
     * A member read under another name, such as the {@code projects} array of a 2.0.0 file read as
     * its {@code releases}.
     *
     * @param pointer the pointer of the member in the model, such as {@code /releases}
     * @param writtenAs the name the file uses, such as {@code projects}
     */
    public record Renamed(String pointer, String writtenAs) {
        /** Creates the record; neither component may be null. */
        public Renamed {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(writtenAs, "writtenAs");
        }

        /** {@return the pointer of the member as the file names it} */
        public String filePointer() {
            return pointer.substring(0, pointer.lastIndexOf('/') + 1) + writtenAs.replace("~", "~0").replace("/", "~1");
        }
    }

    /**
     * Creates a document whose members all have their schema names.
     *
     * @param name the file name or description of the input
     * @param family the schema family
     * @param root the typed model
     * @param source the JSON as read
     * @param notices what reading noticed
     */
    public Document(String name, Family family, Record root, JsonDocument source, List<Diagnostic> notices) {
        this(name, family, root, source, notices, List.of(), RootShape.OBJECT);
    }

    /**
     * Creates a document read from the family's object.
     *
     * @param name the file name or description of the input
     * @param family the schema family
     * @param root the typed model
     * @param source the JSON as read
     * @param notices what reading noticed
     * @param renamed members read under the schema's name
     */
    public Document(String name, Family family, Record root, JsonDocument source, List<Diagnostic> notices,
            List<Renamed> renamed) {
        this(name, family, root, source, notices, renamed, RootShape.OBJECT);
    }

    /** Creates a document; the root must be of the family's type. */
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(shape, "shape");
        if (!family.rootType().isInstance(root)) {
            throw new IllegalArgumentException("a " + family.id() + " document has a " + family.rootType().getSimpleName()
                    + " root, not " + root.getClass().getSimpleName());
        }
        notices = List.copyOf(Objects.requireNonNull(notices, "notices"));
        renamed = List.copyOf(Objects.requireNonNull(renamed, "renamed"));
    }

    /**
     * Creates a document for a model built in code. Its source is the JSON the model writes, with
     * every location unknown: a built model may hold positions of the files its values came from
     * (a merged inventory holds those of every input), which are not positions in this document.
     *
     * @param name the file name or description of the document, used in messages
     * @param family the schema family
     * @param root the typed model
     * @return the document
     */
    public static Document of(String name, Family family, Record root) {
        return new Document(name, family, root, new JsonDocument(unlocated(CodeJson.toJson(root)), "UTF-8", false, List.of()),
                List.of());
    }

    /** {@return the value with every position of it and of what it holds unknown} */
    private static JsonValue unlocated(JsonValue value) {
        if (value instanceof JsonValue.JsonObject o) {
            return new JsonValue.JsonObject(o.members().stream()
                    .map(m -> new JsonValue.Member(m.name(), unlocated(m.value()), TextPosition.UNKNOWN)).toList(), TextPosition.UNKNOWN);
        }
        if (value instanceof JsonValue.JsonArray a) {
            return new JsonValue.JsonArray(a.elements().stream().map(Document::unlocated).toList(), TextPosition.UNKNOWN);
        }
        if (value instanceof JsonValue.JsonString t) {
            return new JsonValue.JsonString(t.value(), TextPosition.UNKNOWN);
        }
        if (value instanceof JsonValue.JsonNumber n) {
            return new JsonValue.JsonNumber(n.text(), TextPosition.UNKNOWN);
        }
        if (value instanceof JsonValue.JsonBoolean b) {
            return new JsonValue.JsonBoolean(b.value(), TextPosition.UNKNOWN);
        }
        return new JsonValue.JsonNull(TextPosition.UNKNOWN);
    }

    /**
     * {@return the root as the given model type}
     *
     * @param type the root type of the document's family, such as {@code Inventory.class} for code.gov 2.0.0
     * @param <T> the type
     * @throws IllegalArgumentException when the document is of a family with another root type; {@link #family()} says which
     */
    public <T extends Record> T root(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isInstance(root)) {
            throw new IllegalArgumentException(name + " is " + family.id() + ", whose root is " + root.getClass().getName()
                    + ", not " + type.getName() + "; check family() first, or migrate the document");
        }
        return type.cast(root);
    }
}
