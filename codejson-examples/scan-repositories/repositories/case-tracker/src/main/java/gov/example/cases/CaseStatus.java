package gov.example.cases;

/** Where a benefit case stands. */
public enum CaseStatus {
    RECEIVED,
    IN_REVIEW,
    DECIDED;

    /** {@return whether the case still waits for a decision} */
    public boolean open() {
        return this != DECIDED;
    }
}
