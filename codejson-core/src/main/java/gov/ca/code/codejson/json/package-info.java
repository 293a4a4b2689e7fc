/**
 * JSON as codejson reads and writes it: located trees from UTF-8 bytes (every location a packed
 * number), the read limits, JSON Pointers and the canonical writer.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.json;

import org.jspecify.annotations.NullMarked;
