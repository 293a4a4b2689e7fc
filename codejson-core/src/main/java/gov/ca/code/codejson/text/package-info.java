/**
 * Wording shared by the messages of the library, the command-line tool and the Maven plugin.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.text;

import org.jspecify.annotations.NullMarked;
