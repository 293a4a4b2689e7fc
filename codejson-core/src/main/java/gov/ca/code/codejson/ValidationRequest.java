package gov.ca.code.codejson;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.validation.Profile;

import org.jspecify.annotations.Nullable;

/**
 * Validating one file, as the command line and the Maven goal ask for it: the document read, the
 * name reports give it, and the profile the user named, if any. Both adapters fill it and call
 * {@link #run}, so that the profile is chosen the same way everywhere.
 */
public final class ValidationRequest {

    /** The input that names the family to read the file as; each adapter spells it in its own words. */
    public static final Input FAMILY = Input.named("family");

    /** The input that names the profile; each adapter spells it in its own words. */
    public static final Input PROFILE = Input.named("profile");

    private final Document document;
    private final String name;
    private final @Nullable String profile;

    private ValidationRequest(Document document, String name, @Nullable String profile) {
        this.document = Objects.requireNonNull(document, "document");
        this.name = Objects.requireNonNull(name, "name");
        this.profile = profile;
    }

    /**
     * {@return the request to validate a document with its family's default profile}
     *
     * @param document the document read
     * @param name how reports name the file
     */
    public static ValidationRequest of(Document document, String name) {
        return new ValidationRequest(document, name, null);
    }

    /** {@return this request, with the profile the user named} */
    public ValidationRequest withProfile(Profile named) {
        return withProfile(Objects.requireNonNull(named, "named").id());
    }

    /** {@return this request, with the profile the user named by its name, which may name no profile at all} */
    public ValidationRequest withProfile(String named) {
        return new ValidationRequest(document, name, Objects.requireNonNull(named, "named"));
    }

    /**
     * Validates the document.
     *
     * @param codejson the validator
     * @return the report; its violations name the file
     * @throws DiagnosticException when the profile named does not apply to the document's family
     */
    public ValidationReport run(CodeJson codejson) throws DiagnosticException {
        Family family = document.family();
        Family.ProfileChoice choice = family.profile(profile, PROFILE);
        if (choice instanceof Family.ProfileChoice.Refused refused) {
            throw new DiagnosticException(List.of(refused.diagnostic().inFile(name)));
        }
        Profile chosen = ((Family.ProfileChoice.Chosen) choice).profile();
        ValidationReport report = codejson.validate(document, chosen);
        return new ValidationReport(report.name(), family, chosen,
                report.violations().stream().map(v -> v.inFile(name)).toList());
    }
}
