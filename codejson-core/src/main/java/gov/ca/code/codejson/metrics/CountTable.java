package gov.ca.code.codejson.metrics;

import java.util.List;
import java.util.Objects;

/**
 * One count table of a metrics report, such as releases by usage type.
 *
 * @param id the stable identifier used in JSON and CSV, such as {@code usageTypes}
 * @param title the heading shown to people, such as {@code Releases by usage type}
 * @param rows the rows: the current keys in their order, then keys found only in the previous inventory
 */
public record CountTable(String id, String title, List<CountRow> rows) {

    /** Creates the table; the list is copied. */
    public CountTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }
}
