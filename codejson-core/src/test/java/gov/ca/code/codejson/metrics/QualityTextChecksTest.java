package gov.ca.code.codejson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality score's address and e-mail checks are read character by character: they accept what
 * code.gov's regular expressions accepted, and a megabyte of hostile text is one linear pass, not
 * a deep recursion (an address of 100,000 labels overflowed the stack) or a backtracking search.
 */
class QualityTextChecksTest {

    /** code.gov's expressions, kept here only to show the checks accept the same texts. */
    private static final Pattern URL = Pattern.compile(
            "https?://(www\\.)?[-a-zA-Z0-9@:%._+~#=]{2,256}\\.[a-z]{2,6}\\b([-a-zA-Z0-9@:%_+.~#?&/=]*)");
    private static final Pattern EMAIL = Pattern.compile(
            "^(([^<>()\\[\\]\\.,;:\\s@\"]+(\\.[^<>()\\[\\]\\.,;:\\s@\"]+)*)|(\".+\"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}"
            + "\\.[0-9]{1,3}\\])|(([a-zA-Z\\-0-9]+\\.)+[a-zA-Z]{2,}))$");

    private static final int MEGABYTE = 1 << 20;

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/ca/a", "http://www.example.gov", "see https://example.gov/x?y=1 here",
        "https://ex.gov", "https://e.gov", "https://example.GOV", "https://example.toolong", "https://example.gov_x",
        "https://example.gov-x", "https://www.ex", "ftp://example.gov", "https:/example.gov", "http://a.b.c.d.museum",
        "httphttps://example.gov", "https://exa mple.gov", "https://ex@mple.gov:80/", "", "https://", "https://..gov",
        "https://ab.gov9", "https://www.ab.gov"})
    void theAddressCheckAcceptsWhatCodeGovsExpressionFinds(String text) {
        assertThat(QualityScore.url(text)).as(text).isEqualTo(URL.matcher(text).find());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev@example.gov", "first.last@agency.ca.gov", "a@b.co", "a@b.c", "a@b", "@b.gov", "a@.gov",
        "a@b..gov", "a..b@c.gov", ".a@c.gov", "a.@c.gov", "\"a b\"@c.gov", "\"a@b\"@c.gov", "\"\"@c.gov", "\"a\nb\"@c.gov",
        "a b@c.gov", "a@[1.2.3.4]", "a@[1.2.3.4444]", "a@[1.2.3]", "a@[1.2.3.4].gov", "a@b.g0v", "a@b-c.gov", "a@b_c.gov",
        "a<b@c.gov", "a\\b@c.gov", "a@b.gov\n", "ä@b.gov", "a@b@c.gov", "a\u000bb@c.gov", "a\u00a0b@c.gov", ""})
    void theEmailCheckAcceptsWhatCodeGovsExpressionMatches(String text) {
        assertThat(QualityScore.email(text)).as(text).isEqualTo(EMAIL.matcher(text).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels", "dots", "quoted", "ats"})
    void aMegabyteOfHostileEmailIsOneLinearPass(String kind) {
        String text = switch (kind) {
            case "labels" -> "dev@" + "a.".repeat(MEGABYTE / 2) + "gov";
            case "dots" -> "a.".repeat(MEGABYTE / 2) + "@example.gov!";
            case "quoted" -> "\"" + "@".repeat(MEGABYTE) + "\"@example.gov";
            default -> "@".repeat(MEGABYTE);
        };

        boolean valid = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QualityScore.email(text));

        assertThat(valid).isEqualTo(!kind.equals("dots") && !kind.equals("ats"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"schemes", "hosts", "dots", "letters"})
    void aMegabyteOfHostileAddressesIsOneLinearPass(String kind) {
        String text = switch (kind) {
            case "schemes" -> "https://".repeat(MEGABYTE / 8);
            case "hosts" -> "http://www.aB".repeat(MEGABYTE / 13);
            case "dots" -> "http://" + "aB.".repeat(MEGABYTE / 3);
            default -> "https://ab.abcdefg".repeat(MEGABYTE / 18);
        };

        boolean found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> QualityScore.url(text));

        assertThat(found).isFalse();
    }
}
