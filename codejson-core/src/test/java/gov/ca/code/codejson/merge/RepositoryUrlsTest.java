package gov.ca.code.codejson.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://github.com/GSA/code-gov",
        "http://github.com/GSA/code-gov",
        "https://GitHub.com/GSA/code-gov/",
        "https://www.github.com/GSA/code-gov.git",
        "git@github.com:GSA/code-gov.git",
        "git://github.com/GSA/code-gov",
        "https://user:secret@github.com/GSA/code-gov.git/",
        "https://github.com:443/GSA/code-gov#readme",
        "  https://github.com/GSA/code-gov  ",
        "ssh://git@github.com/GSA/code-gov.git"})
    void normalisesSpellingsOfOneRepositoryToOneKey(String url) {
        assertThat(RepositoryUrls.key(url)).contains("github.com/GSA/code-gov");
    }

    @Test
    void keepsThePathCaseAndANonDefaultPort() {
        assertThat(RepositoryUrls.key("https://git.example.gov:8443/Team/App"))
                .contains("git.example.gov:8443/Team/App");
        assertThat(RepositoryUrls.key("https://github.com/gsa/code-gov")).isNotEqualTo(RepositoryUrls.key("https://github.com/GSA/code-gov"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "N/A", "none", "https://www.nasa.gov/", "https://github.com", "not a url at all"})
    void givesNoKeyForTextThatIdentifiesNoRepository(String url) {
        assertThat(RepositoryUrls.key(url)).isEmpty();
    }

    @Test
    void givesNoKeyForNull() {
        assertThat(RepositoryUrls.key(null)).isEmpty();
        assertThat(RepositoryUrls.nameKey(null)).isEmpty();
    }

    @Test
    void normalisesNamesByCaseAndWhiteSpace() {
        assertThat(RepositoryUrls.nameKey("  Code   Gov\tAPI ")).contains("code gov api");
        assertThat(RepositoryUrls.nameKey(" ")).isEmpty();
    }
}
