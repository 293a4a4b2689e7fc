/**
 * What the tool reports, whatever produced it: one {@link gov.ca.code.codejson.diagnostic.Diagnostic}
 * type for reading, validation, generation, merging and every other use case, with where it is
 * ({@link gov.ca.code.codejson.diagnostic.Location}), what it is about
 * ({@link gov.ca.code.codejson.diagnostic.Subject}) and how serious it is
 * ({@link gov.ca.code.codejson.diagnostic.Severity}).
 *
 * <p>This package depends on no other package of the library, so that every layer can report.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.diagnostic;

import org.jspecify.annotations.NullMarked;
