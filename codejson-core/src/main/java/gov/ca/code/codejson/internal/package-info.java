/**
 * The machinery behind the model records, not API: how a record maps to a JSON object, binding
 * located JSON to records and writing records back as canonical JSON.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.internal;

import org.jspecify.annotations.NullMarked;
