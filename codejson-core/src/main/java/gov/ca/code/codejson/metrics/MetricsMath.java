package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Rounding shared by all metrics, so every output shows the same figures. */
final class MetricsMath {

    private MetricsMath() {
    }

    /** {@code part / whole} with four decimals, half up; zero when {@code whole} is zero. */
    static BigDecimal ratio(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones; zero when empty. */
    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return BigDecimal.ZERO;
        }
        int n = sorted.size();
        if (n % 2 == 1) {
            return plain(sorted.get(n / 2));
        }
        return plain(sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2)));
    }

    /** The value without trailing zeros and never in exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A fraction as a percentage with one decimal, such as {@code 43.8%}. */
    static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
