/**
 * Participation metrics of an agency inventory: counts by usage type, status, organization,
 * license and language; open-source share; labor hours; field completeness; the code.gov
 * data-quality score of each release; and, against a previous quarter, what was added, removed
 * and changed. Renderers write the metrics as JSON (the stable format), CSV, Markdown and one
 * self-contained HTML page.
 *
 * <pre>{@code
 * InventoryMetrics now = InventoryMetrics.of(current);
 * MetricsReport report = MetricsReport.of(current, previous);
 * MetricsFiles.write(report, Path.of("target/metrics"));
 * }</pre>
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.metrics;

import org.jspecify.annotations.NullMarked;
