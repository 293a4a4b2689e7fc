/**
 * The field constraints every family declares on its records (required, well typed, formats,
 * ranges, unknown members) with their validators, and the findings a validator reports.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}. Hibernate Validator passes an absent
 * value to a validator as null, so each {@code isValid} takes a nullable value.
 */
@NullMarked
package gov.ca.code.codejson.validation.constraints;

import org.jspecify.annotations.NullMarked;
