package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;
import static gov.ca.code.codejson.generate.Trace.collapse;

import org.jspecify.annotations.Nullable;

/**
 * {@code name}, {@code version} and {@code organization}: a setting, else the project model,
 * whitespace collapsed.
 */
final class IdentityMapping {

    /**
     * The three texts that name the release.
     *
     * @param name the release name, never null
     * @param version the version, or null
     * @param organization the organization, or null
     */
    record Identity(String name, @Nullable String version, @Nullable String organization) {
    }

    private IdentityMapping() {
    }

    static Mapped<Identity> map(ProjectFacts facts, GenerationSettings settings, String base) {
        Trace t = new Trace();
        String name;
        if (settings.release().name() != null) {
            t.from(base + "/name", Source.setting(Setting.NAME));
            name = settings.release().name();
        } else if (!blank(facts.name())) {
            t.from(base + "/name", Source.fact(ProjectFact.NAME));
            name = collapse(facts.name());
        } else {
            t.from(base + "/name", Source.fact(ProjectFact.ARTIFACT_ID));
            name = facts.artifactId();
        }
        t.from(base + "/version", Source.fact(ProjectFact.VERSION));
        String version = blank(facts.version()) ? null : collapse(facts.version());
        String organization;
        if (settings.release().organization() != null) {
            t.from(base + "/organization", Source.setting(Setting.ORGANIZATION));
            organization = settings.release().organization();
        } else {
            t.from(base + "/organization", Source.fact(ProjectFact.ORGANIZATION_NAME));
            organization = blank(facts.organizationName()) ? null : collapse(facts.organizationName());
        }
        return t.done(new Identity(name, version, organization));
    }
}
