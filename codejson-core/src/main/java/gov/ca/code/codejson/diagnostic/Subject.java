package gov.ca.code.codejson.diagnostic;

import java.util.Objects;

/** What a {@link Diagnostic} is about: a value of the file, an input the user sets, or the whole file. */
public sealed interface Subject {

    /** The subject of a diagnostic about the file as a whole. */
    Subject FILE = new WholeFile();

    /** {@return the subject for the JSON value at an RFC 6901 pointer ({@code ""} is the document)} */
    static Subject pointer(String pointer) {
        return new Pointer(pointer);
    }

    /** {@return the subject for an input the user sets} */
    static Subject input(Input input) {
        return new Of(input);
    }

    /**
     * {@return the subject in the words of no adapter: the pointer, the input's key, or {@code ""}
     * for the whole file}
     */
    default String text() {
        if (this instanceof Pointer p) {
            return p.pointer();
        }
        return this instanceof Of o ? o.input().key() : "";
    }

    /**
     * A JSON value.
     *
     * @param pointer its RFC 6901 JSON pointer
     */
    record Pointer(String pointer) implements Subject {
        /** Creates the subject; the pointer must not be null. */
        public Pointer {
            Objects.requireNonNull(pointer, "pointer");
        }
    }

    /**
     * An input the user sets: a setting, a project fact, an overlay value.
     *
     * @param input the input
     */
    record Of(Input input) implements Subject {
        /** Creates the subject; the input must not be null. */
        public Of {
            Objects.requireNonNull(input, "input");
        }
    }

    /** The file as a whole. */
    record WholeFile() implements Subject {
    }
}
