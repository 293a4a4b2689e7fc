package gov.ca.cdt.example.fees;

/** Computes building permit fees. */
public final class PermitFees {

    private static final long BASE_CENTS = 15_000;

    private PermitFees() {
    }

    /**
     * The fee of a permit.
     *
     * @param squareFeet the floor area
     * @param type the permit type
     * @return the fee in cents
     */
    public static long fee(long squareFeet, PermitType type) {
        if (squareFeet < 0) {
            throw new IllegalArgumentException("floor area must not be negative: " + squareFeet);
        }
        // Larger buildings pay a lower rate past 10,000 square feet, as county schedules do.
        long firstTier = Math.min(squareFeet, 10_000) * type.centsPerSquareFoot();
        long secondTier = Math.max(squareFeet - 10_000, 0) * type.centsPerSquareFoot() / 2;
        return BASE_CENTS + firstTier + secondTier;
    }
}
