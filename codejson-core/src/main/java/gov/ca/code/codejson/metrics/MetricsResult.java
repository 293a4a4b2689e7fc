package gov.ca.code.codejson.metrics;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * What a {@link MetricsRequest} computed.
 *
 * @param report the metrics
 * @param inventory the current inventory as code.gov 2.0.0, as the metrics counted it, for what
 *     else shows it (a site) without converting it again
 * @param diagnostics how each input of another family was converted, and what could not be derived
 */
public record MetricsResult(MetricsReport report, Inventory inventory, List<Diagnostic> diagnostics) {

    /** Creates the result; the list is copied. */
    public MetricsResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(inventory, "inventory");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }
}
