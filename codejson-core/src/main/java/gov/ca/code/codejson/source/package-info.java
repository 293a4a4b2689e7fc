/**
 * The measurement of a source tree behind the labor estimate: lines of code by language, skipped
 * files and the COCOMO II estimate. Not exported: only the core and its benchmarks use it.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.source;

import org.jspecify.annotations.NullMarked;
