package gov.ca.code.codejson.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.merge.InventoryConversion;

import org.jspecify.annotations.Nullable;

/**
 * Measuring an inventory, as the command line and the Maven goal ask for it: the document read
 * (of any family: it is converted to a code.gov 2.0.0 inventory first) and, to compare with, the
 * previous quarter's. Both adapters fill it and call {@link #run}.
 */
public final class MetricsRequest {

    private record Named(Document document, String name) {
    }

    private final Named current;
    private final @Nullable Named previous;

    private MetricsRequest(Named current, @Nullable Named previous) {
        this.current = current;
        this.previous = previous;
    }

    /**
     * {@return the request to measure one inventory}
     *
     * @param document the document read
     * @param name how diagnostics name the file
     */
    public static MetricsRequest of(Document document, String name) {
        return new MetricsRequest(new Named(Objects.requireNonNull(document, "document"), Objects.requireNonNull(name, "name")),
                null);
    }

    /** {@return this request, compared with the previous quarter's inventory} */
    public MetricsRequest against(Document document, String name) {
        return new MetricsRequest(current, new Named(Objects.requireNonNull(document, "document"),
                Objects.requireNonNull(name, "name")));
    }

    /**
     * Converts what needs converting and computes the metrics.
     *
     * @return the metrics, and how each input was converted
     * @throws DiagnosticException when a document cannot be read as an inventory
     */
    public MetricsResult run() throws DiagnosticException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        InventoryConversion now = InventoryConversion.of(current.document(), current.name());
        diagnostics.addAll(now.describe(current.name()));
        if (previous == null) {
            return new MetricsResult(MetricsReport.of(now.inventory()), now.inventory(), diagnostics);
        }
        InventoryConversion before = InventoryConversion.of(previous.document(), previous.name());
        diagnostics.addAll(before.describe(previous.name()));
        return new MetricsResult(MetricsReport.of(now.inventory(), before.inventory()), now.inventory(), diagnostics);
    }
}
