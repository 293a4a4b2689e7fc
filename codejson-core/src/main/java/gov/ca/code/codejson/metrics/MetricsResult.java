package gov.ca.code.codejson.metrics;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * What a {@link MetricsRequest} computed.
 *
 * @param report the metrics
 * @param diagnostics how each input of another family was converted, and what could not be derived
 */
public record MetricsResult(MetricsReport report, List<Diagnostic> diagnostics) {

    /** Creates the result; the list is copied. */
    public MetricsResult {
        Objects.requireNonNull(report, "report");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }
}
