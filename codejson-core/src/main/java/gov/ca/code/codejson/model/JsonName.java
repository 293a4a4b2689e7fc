package gov.ca.code.codejson.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The member name of a record component in JSON, where it is not a valid Java name or differs in case. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface JsonName {
    /** {@return the JSON member name} */
    String value();
}
