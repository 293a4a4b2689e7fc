/**
 * Validation of a model tree by profile: the profiles, their Bean Validation groups and the
 * validator that turns each constraint violation into a located diagnostic.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package gov.ca.code.codejson.validation;

import org.jspecify.annotations.NullMarked;
