package gov.ca.code.codejson.codegov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.ModelValidator;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.validation.constraints.Required;

/**
 * The required fields of a record are checked together, one evaluation for each rule and severity
 * they share; each field keeps its own rule and severity. The model's families declare every
 * {@code @Required} with the default rule and no severity, so this record declares the others.
 * (It lives in a package of the model, which the module opens to Hibernate Validator, and is
 * public, as the model's records are, for the binder's and the validator's look-ups.)
 */
public class RequiredFieldsTest {

    /** A record with required fields of two rules and severities, and one of another profile only. */
    public record Sample(
            @Required(groups = Groups.CodeGov.class) Property<String> first,
            @Required(groups = Groups.CodeGov.class, rule = "sample.soft", payload = Severity.Warning.class)
            Property<String> second,
            @Required(groups = Groups.CodeGov.class) Property<String> third,
            @Required(groups = Groups.Reference.class) Property<String> strictOnly,
            Unknown unknown) {
    }

    private final ModelValidator validator = new ModelValidator();

    @Test
    void eachMissingFieldIsReportedWithTheRuleAndSeverityOfItsOwnDeclaration() {
        Sample sample = new Sample(Property.absent(), Property.absent(), Property.absent(), Property.absent(), Unknown.NONE);

        assertThat(validator.validate(sample, Profile.CODEGOV, null))
                .extracting(Diagnostic::pointer, Diagnostic::rule, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("/first", "schema.required", Severity.ERROR, "the required field first is missing; add it"),
                        tuple("/second", "sample.soft", Severity.WARNING, "the required field second is missing; add it"),
                        tuple("/third", "schema.required", Severity.ERROR, "the required field third is missing; add it"));
    }

    @Test
    void presentFieldsAndFieldsRequiredByAnotherProfileAreNotReported() {
        Sample sample = new Sample(Property.of("a"), Property.absent(), Property.of("c"), Property.absent(), Unknown.NONE);

        assertThat(validator.validate(sample, Profile.CODEGOV, null))
                .extracting(Diagnostic::pointer, Diagnostic::rule)
                .containsExactly(tuple("/second", "sample.soft"));
        assertThat(validator.validate(sample, Profile.STRICT, null))
                .extracting(Diagnostic::pointer, Diagnostic::rule)
                .containsExactly(tuple("/strictOnly", "schema.required"));
    }
}
