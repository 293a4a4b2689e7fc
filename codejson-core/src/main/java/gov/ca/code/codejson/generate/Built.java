package gov.ca.code.codejson.generate;

import org.jspecify.annotations.Nullable;

/**
 * What an assembler builds: the tree of the document to write, the part of it the project owns,
 * and the side report of the labor estimate.
 *
 * @param document the whole document as JSON
 * @param release the release (for SHARE IT, the document itself)
 * @param laborReport the side report of the labor hours estimate as JSON text, or null
 */
record Built(gov.ca.code.codejson.json.JsonValue.JsonObject document, gov.ca.code.codejson.json.JsonValue.JsonObject release,
        @Nullable String laborReport) {
}
