/**
 * Migration between code.json families, with a change log of every change and the list of the
 * values the user must supply because they cannot be derived.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.migrate;

import org.jspecify.annotations.NullMarked;
