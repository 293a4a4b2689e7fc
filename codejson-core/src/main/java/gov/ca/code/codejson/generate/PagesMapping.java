package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;

import org.jspecify.annotations.Nullable;

/**
 * {@code homepageURL}, {@code downloadURL}, {@code disclaimerURL} and {@code disclaimerText}: the
 * settings; the home page is the project's URL unless set.
 */
final class PagesMapping {

    /**
     * The pages and texts of the release.
     *
     * @param homepageURL the home page, or null
     * @param downloadURL the download page, or null
     * @param disclaimerURL the disclaimer page, or null
     * @param disclaimerText the disclaimer, or null
     */
    record Pages(@Nullable String homepageURL, @Nullable String downloadURL, @Nullable String disclaimerURL,
            @Nullable String disclaimerText) {
    }

    private PagesMapping() {
    }

    static Mapped<Pages> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String field = base + "/homepageURL";
        String homepage;
        if (settings.release().homepageURL() != null) {
            t.from(field, Source.setting(Setting.HOMEPAGE_URL));
            homepage = t.credentialFree(settings.release().homepageURL(), field, Source.setting(Setting.HOMEPAGE_URL));
        } else {
            t.from(field, Source.fact(ProjectFact.URL));
            homepage = blank(facts.url()) ? null : t.credentialFree(facts.url().strip(), field, Source.fact(ProjectFact.URL));
        }
        t.from(base + "/downloadURL", Source.setting(Setting.DOWNLOAD_URL));
        t.from(base + "/disclaimerURL", Source.setting(Setting.DISCLAIMER_URL));
        t.from(base + "/disclaimerText", Source.setting(Setting.DISCLAIMER_TEXT));
        return t.done(new Pages(homepage, settings.release().downloadURL(), settings.release().disclaimerURL(), settings.release().disclaimerText()));
    }
}
