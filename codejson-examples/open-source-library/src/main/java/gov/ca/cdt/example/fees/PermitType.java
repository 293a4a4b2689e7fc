package gov.ca.cdt.example.fees;

/** The kinds of building permit. */
public enum PermitType {
    /** A new building. */
    NEW_CONSTRUCTION(45),
    /** Changes to an existing building. */
    ALTERATION(25),
    /** Taking a building down. */
    DEMOLITION(10);

    private final long centsPerSquareFoot;

    PermitType(long centsPerSquareFoot) {
        this.centsPerSquareFoot = centsPerSquareFoot;
    }

    /** {@return the rate of this type} */
    public long centsPerSquareFoot() {
        return centsPerSquareFoot;
    }
}
