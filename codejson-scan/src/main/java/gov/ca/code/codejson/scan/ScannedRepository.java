package gov.ca.code.codejson.scan;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * The outcome of scanning one repository.
 *
 * @param name the repository's folder name, which the overlay uses
 * @param path the repository's folder as the scan was given or found it, with {@code /}: two
 *     repositories of one name in two folders differ by it
 * @param generation the generated and validated entry, with the generator's messages
 * @param fields every field of the entry with where it came from, in pointer order; pointers are
 *     those of the generated document ({@code /releases/0/...} for code.gov 2.0.0)
 * @param excluded the files left out of the source count and why
 * @param problems what the scan could not read or decide
 * @param messages the messages of the generator and of validation, in the words of the repository:
 *     each names the manifest field, license file, remote or overlay setting to change (its file is
 *     that file, relative to the repository, or the overlay's name), never a POM element unless
 *     the repository's manifest is its {@code pom.xml}
 */
public record ScannedRepository(String name, String path, Generation generation, List<Field> fields, List<Excluded> excluded,
        List<Diagnostic> problems, List<Diagnostic> messages) {

    /** Creates the outcome; lists are copied. */
    public ScannedRepository {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(generation, "generation");
        fields = List.copyOf(fields);
        excluded = List.copyOf(excluded);
        problems = List.copyOf(problems);
        messages = List.copyOf(messages);
    }

    /** {@return whether an entry was built and neither the scan, the generator nor validation found an error} */
    public boolean valid() {
        return generation.valid() && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /**
     * A field of the entry and its origin.
     *
     * @param pointer the JSON pointer in the generated document
     * @param origin the file and key it came from
     */
    public record Field(String pointer, Origin origin) {
        /** Creates a field; no component may be null. */
        public Field {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * A file left out of the source count.
     *
     * @param path the file, relative to the repository
     * @param rule the rule that left it out, such as {@code vendored folder node_modules}
     */
    public record Excluded(String path, String rule) {
        /** Creates an exclusion; no component may be null. */
        public Excluded {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
