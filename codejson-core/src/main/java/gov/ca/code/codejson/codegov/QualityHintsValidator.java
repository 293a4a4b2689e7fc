package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.constraints.Findings;

/** Checks {@link QualityHints}. */
public final class QualityHintsValidator implements ConstraintValidator<QualityHints, Release> {

    /** Template leftovers seen in published inventories. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(\\bTODO\\b|\\bTBD\\b|lorem ipsum|REPOSITORY_NAME|PROJECT_NAME|\\{\\{[^}]*\\}\\}|\\bCHANGEME\\b|<[a-z _-]+>)");

    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    @Override
    public boolean isValid(Release value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        String name = value.name().orElse("");
        String description = value.description().orElse("");
        if (!name.isBlank() && letters(description).equals(letters(name))) {
            Findings.report(context, "/description",
                    "the description only repeats the name; say in a sentence or two what the release does");
            valid = false;
        }
        List<Property<String>> tags = value.tags().orElse(null);
        if (tags != null && tags.size() < 3) {
            Findings.report(context, "/tags", "only " + Counts.of(tags.size(), "tag")
                    + "; three or more help people find the release");
            valid = false;
        }
        valid &= placeholder(context, "/name", name);
        valid &= placeholder(context, "/description", description);
        valid &= placeholder(context, "/repositoryURL", value.repositoryURL().orElse(""));
        valid &= placeholder(context, "/homepageURL", value.homepageURL().orElse(""));
        valid &= placeholder(context, "/disclaimerURL", value.disclaimerURL().orElse(""));
        return valid;
    }

    /** Compares names the way people read them: "Fire Map" repeats "fire-map". */
    private static String letters(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean placeholder(ConstraintValidatorContext context, String pointer, String text) {
        var m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return true;
        }
        Findings.report(context, pointer, "contains the placeholder " + Findings.quote(m.group())
                + "; replace it with the real value");
        return false;
    }
}
