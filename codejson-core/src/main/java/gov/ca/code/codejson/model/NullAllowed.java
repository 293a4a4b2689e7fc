package gov.ca.code.codejson.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema allows {@code null} for this field. Fields without it report an explicit
 * {@code null} as a type violation. (Not a nullness annotation: the component itself is never
 * null; its {@link Property} says whether the value is absent, null or set.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface NullAllowed {
}
