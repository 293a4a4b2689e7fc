package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * A profile rule that turns a file the reference schema accepts into an invalid one is a deviation,
 * and every deviation is listed with its reason in the README. For every corpus file, published
 * example and rule fixture that {@code strict} accepts and the family's default profile rejects, each error rule is
 * one the README's profile sections name; a new, undocumented deviation fails here.
 */
class DeviationTest {

    /** A rule code in backquotes, as the README's deviation tables write them. */
    private static final Pattern RULE = Pattern.compile("`((?:codegov|california|shareit|cms|json)\\.[a-z-]+)`");

    private final CodeJson codejson = new CodeJson();

    @Test
    void everyRuleThatRejectsAFileTheSchemaAcceptsIsAReadmeDeviation() throws Exception {
        Set<String> documented = documentedDeviations();
        assertThat(documented).contains("codegov.open-source", "shareit.exemption-text");
        Map<String, Set<String>> deviations = new TreeMap<>();
        List<String> undocumented = new ArrayList<>();
        for (Conformance.Input in : Conformance.readableInputs(codejson)) {
            Path input = in.file();
            Document doc = in.document();
            Profile profile = doc.family().defaultProfile();
            if (profile == Profile.STRICT || !codejson.validate(doc, Profile.STRICT).valid()) {
                continue;
            }
            for (Diagnostic v : codejson.validate(doc, profile).violations()) {
                if (v.isError()) {
                    deviations.computeIfAbsent(v.rule(), r -> new TreeSet<>()).add(input.getFileName().toString());
                    if (!documented.contains(v.rule())) {
                        undocumented.add(input.getFileName() + " " + v.pointer() + " " + v.rule() + ": " + v.message());
                    }
                }
            }
        }
        deviations.forEach((rule, files) -> System.out.println("deviation " + rule + ": " + files.size() + " files " + files));
        assertThat(undocumented).isEmpty();
        // The rule fixtures make sure the comparison meets deviations at all.
        assertThat(deviations).containsKeys("codegov.if-other", "json.duplicate-key", "shareit.exemption-text");
    }

    /** {@return the rule codes the README names between the default profile's section and the rule code table} */
    private static Set<String> documentedDeviations() {
        Path readme = Conformance.dir().resolve("../../../../README.md").normalize();
        String text = Conformance.text(readme);
        int from = text.indexOf("### `codegov` (the default)");
        int to = text.indexOf("### Rule codes");
        assertThat(from).as("the default profile's section in %s", readme).isPositive();
        assertThat(to).isGreaterThan(from);
        Set<String> rules = new TreeSet<>();
        Matcher m = RULE.matcher(text.substring(from, to));
        while (m.find()) {
            rules.add(m.group(1));
        }
        return rules;
    }
}
