package gov.ca.code.codejson.cli;

import java.io.PrintWriter;

import gov.ca.code.codejson.harvest.StatewideMetrics;

/** The {@code --period} option that {@code metrics} and {@code site} share: one check and one message for both. */
final class Periods {

    private Periods() {
    }

    /**
     * Says on {@code err} why a period cannot label the outputs.
     *
     * @param period the option's value, or null when it was not given
     * @param err where the reason goes
     * @return true when the period was given and is neither a quarter nor a date
     */
    static boolean refused(String period, PrintWriter err) {
        if (period == null || StatewideMetrics.PERIOD.matcher(period).matches() && isDay(period)) {
            return false;
        }
        err.println("codejson: --period \"" + period + "\" is neither a quarter such as 2026-Q3 nor a date such as 2026-09-30");
        return true;
    }

    /** {@return whether a period written as a date is a day of the calendar (not 2026-02-30); a quarter always is} */
    private static boolean isDay(String period) {
        if (period.contains("Q")) {
            return true;
        }
        try {
            java.time.LocalDate.parse(period);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
