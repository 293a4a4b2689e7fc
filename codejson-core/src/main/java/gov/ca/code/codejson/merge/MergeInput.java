package gov.ca.code.codejson.merge;

import java.util.Objects;

import gov.ca.code.codejson.Document;

/**
 * One document entering an aggregate, with where it came from.
 *
 * @param origin how reports name the input: a file path, {@code module gov.ca.code:app} or
 *     {@code dependency gov.ca.code:lib:1.0:codejson}
 * @param document the document
 */
public record MergeInput(String origin, Document document) {

    /** Creates the input. */
    public MergeInput {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(document, "document");
    }
}
