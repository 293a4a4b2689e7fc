package gov.ca.code.codejson.migrate;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;

/**
 * The result of a migration: the migrated documents and the change log.
 *
 * @param from the family migrated from
 * @param to the family migrated to
 * @param outputs the migrated documents; the first is the main one, to which every pointer of the
 *        change log refers (for a split into SHARE IT, the agency index, whose {@code /releases/N}
 *        is the per-repository file N)
 * @param log the changes and the values to supply
 */
public record Migration(Family from, Family to, List<Output> outputs, ChangeLog log) {

    /**
     * One migrated document and the file name it is written under.
     *
     * @param path the relative file name, such as {@code code.json} or {@code repositories/mygov.json}
     * @param document the document
     */
    public record Output(String path, Document document) {
        /** Creates the output; nothing may be null. */
        public Output {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(document, "document");
        }
    }

    /** Creates the result; the list is copied and may not be empty. */
    public Migration {
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("a migration has at least one output");
        }
    }

    /** {@return the main migrated document} */
    public Document document() {
        return outputs.get(0).document();
    }

    /** {@return whether every value could be derived, so that nothing is left to supply} */
    public boolean complete() {
        return log.toFill().isEmpty();
    }
}
