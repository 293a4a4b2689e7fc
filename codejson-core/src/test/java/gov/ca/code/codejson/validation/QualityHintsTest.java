package gov.ca.code.codejson.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;

/**
 * The code.gov quality hints find template leftovers by the grammar they always had (TODO, TBD and
 * CHANGEME as words in any ASCII case, the template phrases, {@code {{...}}}, {@code <a name>}),
 * and decide hostile descriptions of a megabyte without failing.
 */
class QualityHintsTest {

    private static final int MEGABYTE = 1 << 20;

    private final CodeJson codejson = new CodeJson();

    @Test
    void placeholderWordsAreFoundAloneInAnyCaseButNotInsideOtherWords() throws Exception {
        assertThat(placeholders("Fix this: ToDo later")).containsExactly("\"ToDo\"");
        assertThat(placeholders("tbd.")).containsExactly("\"tbd\"");
        assertThat(placeholders("_TODO is part of a word, TODOS too, autodoc and changemen as well")).isEmpty();
        assertThat(placeholders("TODO\u0301 carries a mark that joins the word")).isEmpty();
        assertThat(placeholders("r\u00e9sum\u00e9 CHANGEME")).containsExactly("\"CHANGEME\"");
    }

    @Test
    void templatePhrasesAreFoundAnywhereAndTheLeftmostIsQuoted() throws Exception {
        assertThat(placeholders("myREPOSITORY_NAMEx then lorem ipsum")).containsExactly("\"REPOSITORY_NAME\"");
        assertThat(placeholders("Lorem Ipsum dolor and TODO")).containsExactly("\"Lorem Ipsum\"");
        assertThat(placeholders("see project_name")).containsExactly("\"project_name\"");
    }

    @Test
    void bracedAndAngledTemplateFieldsAreFoundOnlyWhenClosed() throws Exception {
        assertThat(placeholders("{{ cookiecutter.name }} tool")).containsExactly("\"{{ cookiecutter.name }}\"");
        assertThat(placeholders("a {x} and {{y} z}} and {{{w}}")).containsExactly("\"{{{w}}\"");
        assertThat(placeholders("{{ open only")).isEmpty();
        assertThat(placeholders("use <Agency Name> here")).containsExactly("\"<Agency Name>\"");
        assertThat(placeholders("a <b> c")).containsExactly("\"<b>\"");
        assertThat(placeholders("x <> y <1> z < a")).isEmpty();
        assertThat(placeholders("{{a} TODO {{b}}")).containsExactly("\"TODO\"");
        assertThat(placeholders("{{a} z}} <c-d> {{b}}")).containsExactly("\"<c-d>\"");
    }

    @Test
    void aDescriptionThatOnlyRepeatsTheNameIsReportedWhateverItsPunctuationAndCase() throws Exception {
        assertThat(repeats("fire-map", "Fire Map!")).isTrue();
        assertThat(repeats("Stra\u00dfe 1", "STRASSE-1")).isFalse();
        assertThat(repeats("\u0130stanbul", "i\u0307stanbul")).isTrue();
        assertThat(repeats("fire-map", "Fire maps")).isFalse();
        assertThat(repeats("fire-map", "fire-map 2")).isFalse();
        assertThat(repeats("fire-map", "Fire Map \u00e9")).isFalse();
        assertThat(repeats("caf\u00e9 map", "CAF\u00c9-MAP \u2014")).isTrue();
    }

    @Test
    void megabyteDescriptionsBuiltToDefeatBacktrackingGetTheirVerdict() throws Exception {
        assertThat(placeholders("{{".repeat(MEGABYTE / 4) + "x}")).isEmpty();
        assertThat(placeholders("<" + "a ".repeat(MEGABYTE / 4))).isEmpty();
        assertThat(placeholders("<".repeat(MEGABYTE / 2) + "a>")).containsExactly("\"<a>\"");
        assertThat(placeholders("todox".repeat(MEGABYTE / 10) + " todo")).containsExactly("\"todo\"");
    }

    /** {@return the quoted placeholders reported for a release description} */
    private List<String> placeholders(String description) throws Exception {
        return hints("permit-tracker", description).stream()
                .filter(v -> v.subject().equals(Subject.pointer("/releases/0/description")) && v.message().contains("placeholder"))
                .map(v -> v.message().replaceAll("^contains the placeholder (.*); replace it with the real value$", "$1"))
                .toList();
    }

    private boolean repeats(String name, String description) throws Exception {
        return hints(name, description).stream().anyMatch(v -> v.message().contains("only repeats the name"));
    }

    private List<Diagnostic> hints(String name, String description) throws Exception {
        String json = "{\"version\": \"2.0.0\", \"measurementType\": {\"method\": \"projects\"}, \"agency\": \"CDT\","
                + " \"releases\": [{\"name\": " + quoted(name) + ", \"description\": " + quoted(description) + ","
                + " \"permissions\": {\"licenses\": [{\"URL\": \"https://spdx.org/licenses/MIT.html\", \"name\": \"MIT\"}],"
                + " \"usageType\": \"openSource\"}, \"tags\": [\"permits\", \"buildings\", \"inspections\"],"
                + " \"repositoryURL\": \"https://github.com/example-agency/permit-tracker\", \"laborHours\": 1200,"
                + " \"contact\": {\"email\": \"a@b.gov\"}}]}";
        Document doc = codejson.read(json, "hints.json");
        return codejson.validate(doc, Profile.CODEGOV).violations().stream()
                .filter(v -> v.rule().equals("quality")).toList();
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
