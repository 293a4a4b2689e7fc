package gov.ca.code.codejson.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;

class ConstraintMessagesTest {

    @Test
    void everyConstraintOfTheLibraryHasItsDefaultMessageInTheBundle() throws Exception {
        List<JavaClass> constraints = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gov.ca.code.codejson").stream()
                .filter(c -> c.isAnnotation() && c.isAnnotatedWith(Constraint.class)).toList();
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages");

        assertThat(constraints).hasSizeGreaterThanOrEqualTo(15);
        for (JavaClass constraint : constraints) {
            String template = (String) constraint.reflect().getMethod("message").getDefaultValue();
            assertThat(template).as(constraint.getName()).startsWith("{").endsWith("}");
            String key = template.substring(1, template.length() - 1);
            assertThat(bundle.containsKey(key)).as(key).isTrue();
        }
    }
}
