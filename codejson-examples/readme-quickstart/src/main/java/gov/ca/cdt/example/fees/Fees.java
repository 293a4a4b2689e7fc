package gov.ca.cdt.example.fees;

/** The fee of a permit: a new project that pastes the README's plugin snippets builds. */
public final class Fees {

    private Fees() {
    }

    /**
     * {@return the fee in cents for a floor area}
     *
     * @param squareFeet the floor area
     */
    public static long cents(long squareFeet) {
        return 5_000 + squareFeet * 25;
    }
}
