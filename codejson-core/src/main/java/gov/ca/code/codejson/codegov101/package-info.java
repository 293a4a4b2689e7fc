/**
 * The code.gov 1.0.1 family ({@code codegov-1.0.1}), the December 2016 inventory
 * {@code {version, agency, projects}}: read, validate and migrate to code.gov 2.0.0.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.codegov101;

import org.jspecify.annotations.NullMarked;
