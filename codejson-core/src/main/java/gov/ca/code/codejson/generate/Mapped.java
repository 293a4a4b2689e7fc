package gov.ca.code.codejson.generate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one field mapping: the value (null when the inputs give none), where each
 * generated pointer came from, and what the mapping found.
 *
 * @param <T> the type of the value
 * @param value the mapped value, or null
 * @param provenance for each generated JSON pointer, its source
 * @param findings the diagnostics, in the order found
 */
record Mapped<T extends @Nullable Object>(T value, Map<String, Source> provenance, List<Finding> findings) {

    /** Creates the outcome; the collections are copied. */
    public Mapped {
        provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }
}
