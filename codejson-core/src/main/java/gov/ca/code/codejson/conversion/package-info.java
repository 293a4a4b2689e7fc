/**
 * The conversion rules from code.gov 2.0.0 terms to SHARE IT 2.0.0 ones that more than one use
 * case applies: the migration of a 2.0.0 inventory and the generation of a SHARE IT object both
 * read them here, so that a value converts, and a value that cannot be derived is asked for, in
 * the same words whichever way the file is made. Not exported: implementation of the core.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.conversion;

import org.jspecify.annotations.NullMarked;
