package gov.ca.code.codejson.source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Estimates code.json {@code laborHours} from source lines of code with COCOMO II.2000, the method
 * GSA's code.gov guidance and LLNL/scraper use, so that estimates are comparable across agencies.
 *
 * <p>Effort {@code PM = A × KSLOC^E × ΠEM} with the nominal constants of
 * {@link CocomoParameters#NOMINAL} (A = 2.94, E = 1.0997, ΠEM = 1), then hours = PM × 152,
 * rounded half-up to a whole hour. KSLOC is SLOC / 1000 and is not rounded. Powers are taken with
 * {@link StrictMath#pow}, whose result is specified bit for bit, so every JVM gives the same hours.
 * For 1,000 SLOC the estimate is 447 hours; for 100,000 SLOC, 70,728 hours.
 *
 * <p>The estimate describes what writing the code from scratch would cost a nominal team; it
 * knows nothing of the project's real history. Callers should prefer a configured value and log
 * the estimate's parameters when they use it.
 */
public final class Cocomo2 {

    /** The method name recorded with every estimate of this class. */
    public static final String METHOD = "COCOMO II.2000 post-architecture, nominal";

    private static final double SLOC_PER_KSLOC = 1000.0;

    private Cocomo2() {}

    /**
     * Estimates labor hours for a number of source lines, with no per-language or file detail.
     *
     * @param sloc physical source lines of code; 0 gives 0 hours
     * @return the estimate
     * @throws IllegalArgumentException if {@code sloc} is negative
     * @throws ArithmeticException if the hours exceed {@link Long#MAX_VALUE} (above about 6 × 10^17
     *     lines)
     */
    public static LaborEstimate estimate(long sloc) {
        return estimate(sloc, List.of(), 0, List.of());
    }

    /**
     * Estimates labor hours for a measured source tree, keeping the measurement's detail so that
     * the estimate can be explained.
     *
     * @param measurement the result of {@link SourceInventory#scan}
     * @return the estimate for {@link SourceMeasurement#sloc()} lines
     * @throws NullPointerException if {@code measurement} is null
     */
    public static LaborEstimate estimate(SourceMeasurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        return estimate(
                measurement.sloc(),
                measurement.languageLines(),
                measurement.filesCounted(),
                measurement.skippedFiles());
    }

    private static LaborEstimate estimate(
            long sloc, List<LanguageLines> languageLines, long filesCounted, List<SkippedFile> skippedFiles) {
        if (sloc < 0) {
            throw new IllegalArgumentException("sloc must not be negative: " + sloc);
        }
        CocomoParameters parameters = CocomoParameters.NOMINAL;
        double personMonths = personMonths(sloc, parameters);
        long hours = new BigDecimal(personMonths * parameters.hoursPerPersonMonth())
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        // Reported for explanation only; the hours above come from the unrounded value.
        BigDecimal shownPersonMonths = new BigDecimal(personMonths).setScale(2, RoundingMode.HALF_UP);
        return new LaborEstimate(
                hours, METHOD, shownPersonMonths, parameters, sloc, languageLines, filesCounted, skippedFiles);
    }

    private static double personMonths(long sloc, CocomoParameters parameters) {
        if (sloc == 0) {
            return 0.0;
        }
        double ksloc = sloc / SLOC_PER_KSLOC;
        return parameters.a().doubleValue()
                * StrictMath.pow(ksloc, parameters.exponent().doubleValue())
                * parameters.effortMultiplier().doubleValue();
    }
}
