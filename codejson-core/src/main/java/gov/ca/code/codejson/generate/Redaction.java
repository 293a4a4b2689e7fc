package gov.ca.code.codejson.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.merge.InternalReleases;

import org.jspecify.annotations.Nullable;

/**
 * How a generated entry is written when some of its releases are not open source, whose
 * {@code repositoryURL} usually names a host inside the agency and whose contact a person. By
 * default they are written as generated, with a warning for each; redacted, they are written the
 * way an aggregate publishes them (see {@link InternalReleases}). The rule and its messages live
 * here, so that the generate goal only says which is asked for and writes the text.
 */
public final class Redaction {

    /** The input that asks for redaction; each adapter spells it in its own words. */
    public static final Input REDACT = Input.named("redact");

    private static final Redaction NONE = new Redaction(false, null);

    private final boolean redact;
    private final @Nullable Contact agencyContact;

    private Redaction(boolean redact, @Nullable Contact agencyContact) {
        this.redact = redact;
        this.agencyContact = agencyContact;
    }

    /** {@return writing internal releases as generated, with a warning for each} */
    public static Redaction none() {
        return NONE;
    }

    /**
     * {@return redacting internal releases, replacing their contact with the agency's when its
     * e-mail is given; blank parts of the contact are left out}
     *
     * @param agencyContactEmail the agency contact's e-mail, or null or blank to keep each release's contact
     * @param agencyContactName the name that goes with it, or null
     * @param agencyContactUrl the web page that goes with it, or null
     */
    public static Redaction of(@Nullable String agencyContactEmail, @Nullable String agencyContactName,
            @Nullable String agencyContactUrl) {
        return new Redaction(true, InternalReleases.agencyContact(agencyContactEmail, agencyContactName, agencyContactUrl)
                .orElse(null));
    }

    /**
     * The text to write and what to tell the user.
     *
     * @param text the canonical text of the entry to write
     * @param diagnostics warnings about the internal releases, or that the family cannot be redacted;
     *     they name no file, since they are about the project
     */
    public record Written(String text, List<Diagnostic> diagnostics) {

        /** Creates the record; the list is copied. */
        public Written {
            Objects.requireNonNull(text, "text");
            diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
        }
    }

    /**
     * Writes the entry of a valid generation.
     *
     * @param codejson the writer and validator
     * @param generation the generation
     * @return the text to write and the warnings
     * @throws DiagnosticException when the redacted entry is invalid under the generation's profile
     *     (a release that must have a {@code repositoryURL}): its violations, naming no file
     */
    public Written write(CodeJson codejson, Generation generation) throws DiagnosticException {
        Document document = generation.document();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (redact) {
            Optional<Document> redacted = InternalReleases.redact(document, agencyContact);
            if (redacted.isPresent()) {
                ValidationReport report = codejson.validate(redacted.get(), generation.validation().profile());
                if (!report.valid()) {
                    throw new DiagnosticException(report.violations());
                }
                return new Written(codejson.write(redacted.get()), List.of());
            }
            diagnostics.add(new Diagnostic("", Location.UNKNOWN, Subject.input(REDACT), "generate.redact-unsupported",
                    Severity.WARNING, "a " + document.family().id() + " entry requires its repositoryURL, so it is written unredacted"));
        } else {
            for (InternalReleases.Internal internal : InternalReleases.find(document)) {
                diagnostics.add(new Diagnostic("", Location.UNKNOWN, Subject.input(REDACT), "generate.internal-release",
                        Severity.WARNING, "release \"" + internal.name() + "\" is not open source, so its "
                        + String.join(" and ", internal.fields()) + " are internal: they are written as they are; set it to"
                        + " true to leave the repositoryURL out and write the agency contact instead, as an aggregate does"));
            }
        }
        return new Written(generation.text(), diagnostics);
    }
}
