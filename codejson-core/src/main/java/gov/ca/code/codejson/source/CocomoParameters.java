package gov.ca.code.codejson.source;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The constants of a COCOMO II post-architecture effort estimate.
 *
 * <p>Effort in person-months is {@code PM = A × KSLOC^E × EM} with {@code E = B + 0.01 × ΣSF};
 * labor hours are {@code PM × hoursPerPersonMonth}. Kept as decimals so that they are written to
 * reports exactly as published ({@code 2.94}, not a binary approximation).
 *
 * @param a the multiplicative constant A
 * @param b the base exponent B
 * @param scaleFactorSum the sum ΣSF of the five scale factors PREC, FLEX, RESL, TEAM and PMAT
 * @param effortMultiplier the product ΠEM of the seventeen post-architecture effort multipliers
 * @param hoursPerPersonMonth the working hours in one person-month
 */
public record CocomoParameters(
        BigDecimal a, BigDecimal b, BigDecimal scaleFactorSum, BigDecimal effortMultiplier, int hoursPerPersonMonth) {

    /**
     * COCOMO II.2000 with every driver at its Nominal rating and 152 hours per person-month.
     *
     * <p>Sources, all from the COCOMO II Model Definition Manual, version 2000.0 (University of
     * Southern California, Center for Software Engineering), and the same figures LLNL/scraper and
     * GSA's code.gov labor-hour guidance use:
     *
     * <ul>
     *   <li>A = 2.94 and B = 0.91: the COCOMO II.2000 calibration of the post-architecture model.
     *   <li>ΣSF = 18.97: the Nominal values of the scale factors, PREC 3.72 + FLEX 3.04 + RESL 4.24 +
     *       TEAM 3.29 + PMAT 4.68; hence E = 0.91 + 0.01 × 18.97 = 1.0997.
     *   <li>ΠEM = 1.0: every effort multiplier is 1.00 at its Nominal rating.
     *   <li>152 hours per person-month: the manual's definition of a person-month (excluding
     *       holidays, vacation and weekends), also fixed by the project's decisions (§5,
     *       {@code laborHours}).
     * </ul>
     */
    public static final CocomoParameters NOMINAL = new CocomoParameters(
            new BigDecimal("2.94"),
            new BigDecimal("0.91"),
            new BigDecimal("3.72")
                    .add(new BigDecimal("3.04"))
                    .add(new BigDecimal("4.24"))
                    .add(new BigDecimal("3.29"))
                    .add(new BigDecimal("4.68")),
            new BigDecimal("1.0"),
            152);

    private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

    /**
     * Checks the values.
     *
     * @param a the multiplicative constant A
     * @param b the base exponent B
     * @param scaleFactorSum the scale factor sum
     * @param effortMultiplier the effort multiplier product
     * @param hoursPerPersonMonth hours in a person-month
     * @throws NullPointerException if a decimal is null
     * @throws IllegalArgumentException if {@code a}, {@code effortMultiplier} or
     *     {@code hoursPerPersonMonth} is not positive, or {@code b} or {@code scaleFactorSum} is
     *     negative
     */
    public CocomoParameters {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(scaleFactorSum, "scaleFactorSum");
        Objects.requireNonNull(effortMultiplier, "effortMultiplier");
        if (a.signum() <= 0 || effortMultiplier.signum() <= 0 || hoursPerPersonMonth <= 0) {
            throw new IllegalArgumentException("A, effort multiplier and hours per person-month must be positive");
        }
        if (b.signum() < 0 || scaleFactorSum.signum() < 0) {
            throw new IllegalArgumentException("B and the scale factor sum must not be negative");
        }
    }

    /**
     * The scale exponent, computed exactly in decimal.
     *
     * @return {@code E = B + 0.01 × ΣSF}; 1.0997 for {@link #NOMINAL}
     */
    public BigDecimal exponent() {
        return b.add(ONE_HUNDREDTH.multiply(scaleFactorSum));
    }
}
