package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScmUrlsTest {

    @Test
    void turnsAnScpStyleConnectionIntoAnHttpsAddressWithoutDotGit() {
        assertThat(ScmUrls.toWebUrl("scm:git:git@github.com:example-agency/permits.git"))
                .contains("https://github.com/example-agency/permits");
    }

    @Test
    void turnsAnSshUrlWithPortAndUserIntoTheHostsWebAddress() {
        assertThat(ScmUrls.toWebUrl("scm:git:ssh://deploy:pw@git.example.gov:2222/agency/repo.git"))
                .contains("https://git.example.gov/agency/repo");
    }

    @Test
    void removesCredentialsFromHttpsUrlsWhateverTheyContain() {
        assertThat(ScmUrls.toWebUrl("https://user:p%40ss@github.com/org/repo/")).contains("https://github.com/org/repo");
        assertThat(ScmUrls.toWebUrl("scm:git:https://user:pa#SECRET@github.com/org/repo.git")).contains("https://github.com/org/repo");
    }

    @Test
    void namesMercurialAsCodeGovSpellsIt() {
        assertThat(ScmUrls.provider("scm:hg:https://hg.example.gov/repo")).contains("mercurial");
        assertThat(ScmUrls.provider("scm:svn:https://svn.example.gov/repo")).contains("svn");
        assertThat(ScmUrls.provider("https://github.com/org/repo")).isEmpty();
    }

    @Test
    void rejectsTextThatIsNoRepositoryAddress() {
        assertThat(ScmUrls.toWebUrl("not a url")).isEmpty();
        assertThat(ScmUrls.toWebUrl("")).isEmpty();
    }
}
