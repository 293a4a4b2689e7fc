package gov.example;

/** Computes permit fees. */
public final class Fees {
    private Fees() {
    }

    /** {@return the fee in cents for a floor area in square feet} */
    public static long fee(long squareFeet) {
        // Flat base plus a rate per square foot.
        return 5000 + squareFeet * 12;
    }
}
