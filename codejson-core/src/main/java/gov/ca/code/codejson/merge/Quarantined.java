package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * An entry that failed validation, or that misses a value the conversion of its input could not derive.
 *
 * @param origin where it came from
 * @param name its name, or {@code ""} when it has none
 * @param contact whom to ask for a fix: the release's contact e-mail, else its contact name, else {@code ""}
 * @param kept whether it was kept in the inventory ({@link QuarantinePolicy#KEEP})
 * @param errors the errors, values not derived first ({@code migrate.fill}); pointers are relative to the input
 *     document, or to its converted form when it was converted
 */
public record Quarantined(EntryOrigin origin, String name, String contact, boolean kept, List<Diagnostic> errors) {

    /** Creates the record; the list is copied. */
    public Quarantined {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    }
}
