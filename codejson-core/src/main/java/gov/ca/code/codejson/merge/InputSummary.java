package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.validation.Violation;

/**
 * What an aggregate took from one input.
 *
 * @param origin the input's origin
 * @param agency the agency the input names, or {@code ""}
 * @param entries how many entries its {@code releases} array holds
 * @param documentErrors errors outside the releases (such as a missing {@code measurementType});
 *     they do not stop the input's releases from entering the aggregate
 */
public record InputSummary(String origin, String agency, int entries, List<Violation> documentErrors) {

    /** Creates the record; the list is copied. */
    public InputSummary {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(agency, "agency");
        documentErrors = List.copyOf(documentErrors);
    }
}
