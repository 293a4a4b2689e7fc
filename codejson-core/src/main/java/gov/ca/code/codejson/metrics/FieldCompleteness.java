package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many releases fill one field.
 *
 * @param field the field, such as {@code contact.email}
 * @param filled how many releases have a value that is not null, blank or an empty list
 * @param applicable how many releases the field applies to: every release, except for
 *     {@code permissions.exemptionText}, which applies to exempt releases only
 */
public record FieldCompleteness(String field, long filled, long applicable) {

    /** Creates the record. */
    public FieldCompleteness {
        Objects.requireNonNull(field, "field");
    }

    /** {@return filled divided by applicable, four decimals; zero when the field applies to no release} */
    public BigDecimal share() {
        return MetricsMath.ratio(filled, applicable);
    }

}
