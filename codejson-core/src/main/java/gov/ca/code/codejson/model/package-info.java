/**
 * The building blocks of every family's records: {@code Property} (absent, null, present or wrongly
 * typed, with its location), the unknown members a file keeps, and how a record names its members.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.model;

import org.jspecify.annotations.NullMarked;
