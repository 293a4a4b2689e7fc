package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * What an aggregate took from one input.
 *
 * @param origin the input's origin
 * @param family the family of the input as read; an input of another family than code.gov 2.0.0
 *     was converted to it with the migration before it was merged
 * @param agency the agency the input names (after conversion), or {@code ""}
 * @param entries how many entries its {@code releases} array holds (after conversion: a
 *     per-repository file is one entry)
 * @param changes how many changes the conversion made; 0 for a code.gov 2.0.0 input
 * @param notDerived what the conversion could not derive, with pointers in the converted inventory;
 *     missing values of an entry also quarantine it
 * @param documentErrors errors outside the releases (such as a missing {@code measurementType});
 *     they do not stop the input's releases from entering the aggregate
 */
public record InputSummary(String origin, Family family, String agency, int entries, int changes,
        List<Diagnostic> notDerived, List<Diagnostic> documentErrors) {

    /** Creates the record; the lists are copied. */
    public InputSummary {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(agency, "agency");
        notDerived = List.copyOf(Objects.requireNonNull(notDerived, "notDerived"));
        documentErrors = List.copyOf(Objects.requireNonNull(documentErrors, "documentErrors"));
    }

    /** {@return whether the input was converted from another family} */
    public boolean converted() {
        return family != Family.CODEGOV_2_0_0;
    }
}
