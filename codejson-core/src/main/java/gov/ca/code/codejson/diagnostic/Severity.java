package gov.ca.code.codejson.diagnostic;

/** How serious a diagnostic is. Only errors make a document invalid. */
public enum Severity {
    /** The document does not conform; it must be fixed. */
    ERROR("error"),
    /** The document conforms but is likely wrong or unusable by some consumers. */
    WARNING("warning"),
    /** A hint that would raise the quality of the inventory. */
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** {@return the lower-case label used in reports} */
    public String label() {
        return label;
    }

    /** Bean Validation payload that lowers a constraint to {@link #WARNING}. */
    public interface Warning extends jakarta.validation.Payload {
    }

    /** Bean Validation payload that lowers a constraint to {@link #INFO}. */
    public interface Info extends jakarta.validation.Payload {
    }
}
