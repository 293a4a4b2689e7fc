package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://user:pa#SECRET@host.gov/x | https://host.gov/x",
            "https://user:pa/SECRET@host.gov/x | https://host.gov/x",
            "https://user:pa?SECRET@host.gov/x | https://host.gov/x",
            "https://user:p@SECRET@host.gov/x | https://host.gov/x",
            "https://SECRET@github.com/org/repo.git | https://github.com/org/repo.git",
            "https://user:SECRET@host.gov:8443 | https://host.gov:8443",
            "scm:git:https://user:pa#SECRET@host.gov/org/repo.git | scm:git:https://host.gov/org/repo.git",
            "ssh://deploy:SECRET@git.example.gov:2222/a/b.git | ssh://git.example.gov:2222/a/b.git",
            "deploy:SECRET@git.example.gov:org/repo.git | git.example.gov:org/repo.git"})
    void removesUserInformationWhateverThePasswordHolds(String url, String expected) {
        assertThat(Credentials.filter(url)).isEqualTo(expected).doesNotContain("SECRET");
        assertThat(Credentials.carried(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "private_token", "access_token", "key", "api_key", "password", "secret", "sig",
            "signature", "client_secret", "Private_Token", "X-Amz-Signature"})
    void removesQueryParametersThatCarryCredentialsInAnyCase(String name) {
        assertThat(Credentials.filter("https://gitlab.example.gov/issues?state=open&" + name + "=SECRET&page=2"))
                .isEqualTo("https://gitlab.example.gov/issues?state=open&page=2");
        assertThat(Credentials.filter("https://gitlab.example.gov/issues?" + name + "=SECRET"))
                .isEqualTo("https://gitlab.example.gov/issues");
    }

    @Test
    void removesCredentialParametersOfTheFragment() {
        assertThat(Credentials.filter("https://app.example.gov/cb#access_token=SECRET&state=1"))
                .isEqualTo("https://app.example.gov/cb#state=1");
        assertThat(Credentials.filter("https://example.gov/doc#section-2")).isEqualTo("https://example.gov/doc#section-2");
    }

    @Test
    void filtersEveryUrlOfATextAndKeepsItsSpacing() {
        assertThat(Credentials.filter("see  https://u:SECRET@host.gov/x and\thttps://host.gov/y?token=SECRET"))
                .isEqualTo("see  https://host.gov/x and\thttps://host.gov/y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://host.gov/path?x=a@b.gov", "https://host.gov/a@b", "https://host.gov:8080/@team",
            "mailto:team@example.gov", "team@example.gov", "git@github.com:org/repo.git", "https://host.gov/?q=1#top",
            "not a url", ""})
    void leavesUrlsWithoutCredentialsUnchanged(String url) {
        assertThat(Credentials.filter(url)).isEqualTo(url);
        assertThat(Credentials.carried(url)).isFalse();
    }

    @Test
    void passesNullThrough() {
        assertThat(Credentials.filter(null)).isNull();
        assertThat(Credentials.carried(null)).isFalse();
    }
}
