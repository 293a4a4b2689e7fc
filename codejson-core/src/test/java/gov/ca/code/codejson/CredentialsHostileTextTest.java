package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The credential filter reads every URL once: a megabyte of {@code @}, of hosts or of colons is a
 * linear pass, and addresses that look like a password but are a port keep their meaning.
 */
class CredentialsHostileTextTest {

    private static final int MEGABYTE = 1 << 20;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.gov:8443/a@b | https://example.gov:8443/a@b",
            "https://example.gov:8443/x?y=a@b.gov | https://example.gov:8443/x?y=a@b.gov",
            "deploy:SECRET@git.example.gov:org/repo.git@v1 | git.example.gov:org/repo.git@v1",
            "deploy:SECRET@git.example.gov://org | deploy:SECRET@git.example.gov://org",
            "dev@example.gov | dev@example.gov",
            "dir/u:p@host.gov:x | dir/u:p@host.gov:x"})
    void removesUserInformationOnlyWhereThereIsSome(String url, String expected) {
        assertThat(Credentials.filter(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ats", "hosts", "colons", "ported"})
    void aMegabyteOfHostileUrlIsOneLinearPass(String kind) {
        String text = switch (kind) {
            case "ats" -> "https://" + "@".repeat(MEGABYTE) + "x";
            case "hosts" -> "https://a@b/" + "@b/".repeat(MEGABYTE / 3);
            case "colons" -> ":".repeat(MEGABYTE) + "?SECRET";
            default -> "https://example.gov:80/" + "@b".repeat(MEGABYTE / 2);
        };

        String filtered = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Credentials.filter(text));

        assertThat(filtered.length()).isLessThanOrEqualTo(text.length());
        if (kind.equals("hosts")) {
            assertThat(filtered).startsWith("https://b/");
        }
    }
}
