package gov.ca.code.codejson.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://user:p@ss@host.example.gov/org/repo.git | https://host.example.gov/org/repo.git",
        "https://user:a/b?c#d@host.example.gov/org/repo | https://host.example.gov/org/repo",
        "https://ghp_abc123@github.com/org/repo.git | https://github.com/org/repo.git",
        "https://host.example.gov/org/repo.git?access_token=abc&ref=main | https://host.example.gov/org/repo.git?ref=main",
        "https://host.example.gov/org/repo?private_token=abc | https://host.example.gov/org/repo",
        "https://host.example.gov/org/@scope/repo | https://host.example.gov/org/@scope/repo",
        "user:secret@host.example.gov:org/repo.git | host.example.gov:org/repo.git",
        "git@github.com:org/repo.git | git@github.com:org/repo.git"})
    void credentialsAreRemovedWhateverThePasswordHolds(String remote, String expected) {
        assertThat(RemoteUrls.withoutCredentials(remote)).isEqualTo(expected);
    }

    @Test
    void theWebAddressOfAnSshRemoteIsHttps() {
        assertThat(RemoteUrls.webUrl("ssh://git@host.example.gov:2222/org/repo.git")).hasValue("https://host.example.gov/org/repo");
        assertThat(RemoteUrls.webUrl("https://x:y@host.example.gov/org/repo.git?token=t")).hasValue("https://host.example.gov/org/repo");
    }

    @Test
    void aLocalPathHasNoWebAddress() {
        assertThat(RemoteUrls.webUrl("/srv/git/repo.git")).isEmpty();
    }
}
