package gov.ca.code.codejson.merge;

import java.util.Objects;

import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;

import org.jspecify.annotations.Nullable;

/**
 * One document entering an aggregate, with where it came from.
 *
 * @param origin how reports name the input: a file path, {@code module gov.ca.code:app} or
 *     {@code dependency gov.ca.code:lib:1.0:codejson}
 * @param document the document
 * @param report the document's report when the caller validated it already (a harvest does), so
 *     that the merge reuses it when it is of the merge's profile; null to let the merge validate it
 */
public record MergeInput(String origin, Document document, @Nullable ValidationReport report) {

    /** Creates the input. */
    public MergeInput {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(document, "document");
    }

    /**
     * Creates an input that the merge validates itself.
     *
     * @param origin how reports name the input
     * @param document the document
     */
    public MergeInput(String origin, Document document) {
        this(origin, document, null);
    }
}
