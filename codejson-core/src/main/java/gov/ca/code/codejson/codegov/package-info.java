/**
 * The code.gov 2.0.0 family ({@code codegov-2.0.0}): the agency inventory, its releases and their
 * parts, with the rules of the schema and of the California profiles.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.codegov;

import org.jspecify.annotations.NullMarked;
