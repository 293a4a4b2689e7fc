package gov.ca.code.codejson.validation;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.validation.constraints.FormatKind;

/**
 * The format checks decide RFC 5321 and RFC 3986 edge cases as the JSON Schema Test Suite does,
 * decide hostile values of a megabyte without failing, and explain the common mistakes.
 */
class FormatKindTest {

    private static final int MEGABYTE = 1 << 20;

    private final CodeJson codejson = new CodeJson();

    @Test
    void emailAcceptsEveryRfc5321DomainWithoutLookingUpTheTopLevelDomain() {
        assertThat(List.of("a@example.c", "a@x.y.z", "test@iana.123", "a@xn--nw2a.xn--j6w193g", "test@io",
                "test@255.255.255.255", "test@c--n.com", "a@[IPv6:2001:db8::7]", "a@[ipv6:::1]", "\"a b\"@iana.org"))
                .allMatch(FormatKind.EMAIL::matches);
    }

    @Test
    void emailRejectsNonAsciiAddressesWhichAreIdnEmails() {
        assertThat(List.of("\u00fc@b.gov", "a@\u00fc.gov", "a\uff20iana.org", "\"test\\\u00a9\"@iana.org"))
                .noneMatch(FormatKind.EMAIL::matches);
    }

    @Test
    void uriRejectsANonNumericPortAndAMalformedIpv6Literal() {
        assertThat(List.of("http://example.gov:abc/", "http://user@example.gov:8o/x", "http://[zz::1]/",
                "http://[::1/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[1::2::3]/", "http://[::1]x/"))
                .noneMatch(FormatKind.URI::matches);
        assertThat(List.of("http://example.gov:8080/", "http://example.gov:/", "ldap://[2001:db8::7]/c=GB",
                "http://[::ffff:192.0.2.1]:80/", "http://u:p@example.gov/"))
                .allMatch(FormatKind.URI::matches);
    }

    @Test
    void megabyteValuesBuiltToDefeatBacktrackingGetTheirVerdict() {
        String labels = "a.".repeat(MEGABYTE / 2);
        assertThat(FormatKind.EMAIL.matches("a@" + labels + "gov")).isFalse();
        assertThat(FormatKind.EMAIL_ADDRESS.matches("a@" + labels + "gov")).isFalse();
        assertThat(FormatKind.EMAIL.matches(labels + "a@b.gov")).isFalse();
        assertThat(FormatKind.EMAIL.matches("\"" + "\\\"".repeat(MEGABYTE / 2) + "\"@b.gov")).isFalse();
        assertThat(FormatKind.EMAIL_ADDRESS.matches("a".repeat(MEGABYTE) + "@")).isFalse();
        assertThat(FormatKind.URI.matches("https://example.gov/" + "a/".repeat(MEGABYTE / 2))).isTrue();
        assertThat(FormatKind.URI.matches("http://[" + ":".repeat(MEGABYTE) + "]/")).isFalse();
        assertThat(FormatKind.URI.matches("http://example.gov:" + "1".repeat(MEGABYTE))).isTrue();
        assertThat(FormatKind.WEB_URL.matches("https://" + labels + "gov/")).isTrue();
        assertThat(FormatKind.DATE.matches("2025-08-01" + "0".repeat(MEGABYTE))).isFalse();
        assertThat(FormatKind.DATE_TIME.matches("2025-08-01T00:00:00." + "1".repeat(MEGABYTE) + "Z")).isTrue();
        assertThat(FormatKind.DATE_TIME.matches("2025-08-01T00:00:00." + "1".repeat(MEGABYTE))).isFalse();
    }

    @Test
    void aMegabyteContactAddressWithManyLabelsIsReportedAsAWarning() throws Exception {
        // A megabyte of labels: just under the reader's limit for one string.
        Document doc = codejson.read(inventory("\"contact\": {\"email\": \"a@" + "a.".repeat(500_000) + "gov\"}"),
                "many-labels.json");
        List<Diagnostic> violations = codejson.validate(doc, Profile.CODEGOV).violations();
        assertThat(violations).extracting(Diagnostic::pointer, Diagnostic::rule, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/releases/0/contact/email", "codegov.email",
                        Severity.WARNING));
    }

    @Test
    void anHttpsUrlWithAnInvalidHostSaysSo() throws Exception {
        assertThat(message("\"homepageURL\": \"https://code_gov\"", Profile.CODEGOV)).isEqualTo(
                "\"https://code_gov\" is an https URL with an invalid host, \"code_gov\": a host name has letters,"
                        + " digits, hyphens and dots only (no underscores)");
        assertThat(message("\"homepageURL\": \"https://example.gov:web/\"", Profile.STRICT)).isEqualTo(
                "\"https://example.gov:web/\" has a port that is not a number, \"web\"; write the port in digits or"
                        + " leave it out");
    }

    @Test
    void aCloneAddressWhereAWebPageBelongsIsAnsweredWithTheHttpsAddressOfTheSameHostAndPath() throws Exception {
        assertThat(message("\"homepageURL\": \"git://github.com/example-agency/fire-map.git\"", Profile.CODEGOV)).isEqualTo(
                "\"git://github.com/example-agency/fire-map.git\" is not a web address; browsers cannot open git:// URLs,"
                        + " write https://github.com/example-agency/fire-map.git");
        assertThat(message("\"homepageURL\": \"ssh://git@code.example.gov:7999/permits/tracker.git\"", Profile.CODEGOV))
                .isEqualTo("\"ssh://git@code.example.gov:7999/permits/tracker.git\" is not a web address; browsers cannot"
                        + " open ssh:// URLs, write https://code.example.gov/permits/tracker.git");
        assertThat(message("\"homepageURL\": \"git@github.com:example-agency/fire-map.git\"", Profile.CODEGOV)).isEqualTo(
                "\"git@github.com:example-agency/fire-map.git\" is not a web address but the ssh address git clones"
                        + " from; write https://github.com/example-agency/fire-map.git");
        assertThat(message("\"homepageURL\": \"www.example.gov/permits\"", Profile.CODEGOV)).isEqualTo(
                "\"www.example.gov/permits\" is not a web address: it has no scheme; write https://www.example.gov/permits");
        assertThat(message("\"homepageURL\": \"not a url\"", Profile.CODEGOV)).isEqualTo(
                "\"not a url\" is not an http or https URL; write the address of a web page, starting with https://");
        assertThat(message("\"homepageURL\": \"1.0\"", Profile.CODEGOV)).isEqualTo(
                "\"1.0\" is not an http or https URL; write the address of a web page, starting with https://");
        assertThat(message("\"homepageURL\": \"git://exa mple.gov/\\u001b[31m\"", Profile.CODEGOV)).doesNotContain("write https://exa");
        assertThat(message("\"homepageURL\": \"git://example.gov/" + "a".repeat(400) + "\"", Profile.CODEGOV))
                .endsWith("...\" is not an http or https URL; write the address of a web page, starting with https://");
    }

    @Test
    void aDateWrittenYyyyMmDdThatIsNoDaySaysWhy() throws Exception {
        assertThat(message("\"date\": {\"created\": \"2000-13-01\"}", Profile.STRICT)).isEqualTo(
                "\"2000-13-01\" is written YYYY-MM-DD but there is no month 13; months run from 01 to 12");
        assertThat(message("\"date\": {\"created\": \"2023-02-29\"}", Profile.CODEGOV)).isEqualTo(
                "\"2023-02-29\" is written YYYY-MM-DD but February 2023 has no day 29; it has 28 days");
    }

    private String message(String member, Profile profile) throws Exception {
        Document doc = codejson.read(inventory("\"contact\": {\"email\": \"a@b.gov\"}, " + member), "message.json");
        List<Diagnostic> violations = codejson.validate(doc, profile).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0).message();
    }

    /** A valid code.gov 2.0.0 inventory of one release with the given members added. */
    private static String inventory(String members) {
        return "{\"version\": \"2.0.0\", \"measurementType\": {\"method\": \"projects\"}, \"agency\": \"CDT\","
                + " \"releases\": [{\"name\": \"permit-tracker\", \"description\": \"Tracks building permits from"
                + " application to final inspection.\", \"permissions\": {\"licenses\": [{\"URL\":"
                + " \"https://spdx.org/licenses/MIT.html\", \"name\": \"MIT\"}], \"usageType\": \"openSource\"},"
                + " \"tags\": [\"permits\", \"buildings\", \"inspections\"], \"repositoryURL\":"
                + " \"https://github.com/example-agency/permit-tracker\", \"laborHours\": 1200, " + members + "}]}";
    }
}
