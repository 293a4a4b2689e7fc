package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The labor hours of an inventory.
 *
 * @param total the sum over releases that report a number of hours of zero or more
 * @param median the median over the same releases (the mean of the two middle values for an even count)
 * @param reported how many releases report such a number
 * @param invalid how many releases report a negative number or a value that is not a number
 */
public record LaborHours(BigDecimal total, BigDecimal median, long reported, long invalid) {

    /** Creates the record. */
    public LaborHours {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(median, "median");
    }
}
