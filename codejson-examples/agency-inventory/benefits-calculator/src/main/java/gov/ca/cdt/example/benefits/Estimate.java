package gov.ca.cdt.example.benefits;

/** Estimates a monthly benefit from household income and size. */
public final class Estimate {

    private Estimate() {
    }

    /**
     * Estimates the monthly benefit.
     *
     * @param monthlyIncome the household's monthly income, in dollars
     * @param householdSize the number of people in the household
     * @return the estimated benefit, in dollars, never negative
     */
    public static int monthly(int monthlyIncome, int householdSize) {
        int maximum = 290 + 240 * Math.max(0, householdSize - 1);
        // Benefits fall by 30 cents for each dollar of income, as in most assistance programs.
        return Math.max(0, maximum - monthlyIncome * 3 / 10);
    }
}
