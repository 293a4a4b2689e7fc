/**
 * Writing files so that a reader never sees half of them: one file, or a set of files, all or none.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.files;

import org.jspecify.annotations.NullMarked;
