/**
 * The entry point of the library, {@link gov.ca.code.codejson.CodeJson}: reads a code.json
 * document of any family into a {@link gov.ca.code.codejson.Document}, validates it by profile
 * and writes it back.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson;

import org.jspecify.annotations.NullMarked;
