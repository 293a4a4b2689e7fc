package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;
import static gov.ca.code.codejson.generate.Trace.quote;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.diagnostic.Severity;

import org.jspecify.annotations.Nullable;

/**
 * {@code repositoryURL} and {@code vcs}: the settings, else derived from the SCM section, the
 * browsable URL first, then the read and the write connection.
 */
final class RepositoryMapping {

    /**
     * Where the code is kept.
     *
     * @param url the web URL of the repository, or null
     * @param vcs the version control system, or null
     */
    record Repository(@Nullable String url, @Nullable String vcs) {
    }

    private RepositoryMapping() {
    }

    static Mapped<Repository> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String vcs = vcs(t, facts.scm(), settings, base + "/vcs");
        String url = url(t, facts.scm(), settings, base + "/repositoryURL");
        return t.done(new Repository(url, vcs));
    }

    private static @Nullable String vcs(Trace t, ProjectFacts.Scm scm, GenerationSettings settings, String field) {
        if (settings.release().vcs() != null) {
            t.from(field, Source.setting(Setting.VCS));
            return settings.release().vcs();
        }
        Optional<String> provider = ScmUrls.provider(scm.connection());
        if (provider.isPresent()) {
            t.from(field, Source.fact(ProjectFact.SCM_CONNECTION));
            return provider.get();
        }
        t.from(field, Source.fact(ProjectFact.SCM_DEVELOPER_CONNECTION));
        return ScmUrls.provider(scm.developerConnection()).orElse(null);
    }

    private static @Nullable String url(Trace t, ProjectFacts.Scm scm, GenerationSettings settings, String field) {
        if (settings.release().repositoryURL() != null) {
            t.from(field, Source.setting(Setting.REPOSITORY_URL));
            return t.credentialFree(settings.release().repositoryURL(), field, Source.setting(Setting.REPOSITORY_URL));
        }
        List<Map.Entry<ProjectFact, String>> candidates = new java.util.ArrayList<>();
        candidates.add(new java.util.AbstractMap.SimpleEntry<>(ProjectFact.SCM_URL, scm.url()));
        candidates.add(new java.util.AbstractMap.SimpleEntry<>(ProjectFact.SCM_CONNECTION, scm.connection()));
        candidates.add(new java.util.AbstractMap.SimpleEntry<>(ProjectFact.SCM_DEVELOPER_CONNECTION, scm.developerConnection()));
        for (Map.Entry<ProjectFact, String> candidate : candidates) {
            if (blank(candidate.getValue())) {
                continue;
            }
            Source source = Source.fact(candidate.getKey());
            t.warnAboutCredentials(candidate.getValue(), field, source);
            Optional<String> web = ScmUrls.toWebUrl(candidate.getValue());
            if (web.isPresent()) {
                t.from(field, source);
                return web.get();
            }
            t.report(Severity.WARNING, "generate.scm-url-unusable", field, source,
                    "cannot turn " + quote(Credentials.filter(candidate.getValue().strip())) + " into a web URL; write the"
                            + " repository's https address");
        }
        t.from(field, Source.fact(ProjectFact.SCM_URL));
        return null;
    }
}
