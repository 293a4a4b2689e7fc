/**
 * The SHARE IT Act families (DSACMS gov-codejson 2.0.0): the per-repository object
 * {@link gov.ca.code.codejson.shareit.Repository} (family {@code shareit-2.0.0}) and the agency index
 * {@link gov.ca.code.codejson.shareit.AgencyIndex} (family {@code shareit-index-2.0.0}).
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.shareit;

import org.jspecify.annotations.NullMarked;
