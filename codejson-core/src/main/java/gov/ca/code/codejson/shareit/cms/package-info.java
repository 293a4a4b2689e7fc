/**
 * The CMS extension (2.1.0) of the SHARE IT per-repository object: family {@code cms-2.1.0}.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.shareit.cms;

import org.jspecify.annotations.NullMarked;
