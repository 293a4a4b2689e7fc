package gov.ca.code.codejson.generate;

import java.util.List;

import gov.ca.code.codejson.codegov.Permissions;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.source.SourceInventory;
import gov.ca.code.codejson.source.SourceMeasurement;

import org.jspecify.annotations.Nullable;

/**
 * Combines the field mappings into the code.gov 2.0.0 release of the project, in the order of its
 * fields, with the provenance and diagnostics of every mapping.
 */
final class ReleaseAssembler {

    /**
     * The release and what SHARE IT needs beside it.
     *
     * @param release the release
     * @param usage the usage of the release, which holds the SHARE IT usage types
     * @param laborReport the side report of the labor hours estimate, or null
     */
    record Assembled(Release release, UsageTypeMapping.Usage usage, @Nullable String laborReport) {
    }

    private ReleaseAssembler() {
    }

    /**
     * Maps the facts and settings to the release whose fields are at {@code base}.
     *
     * @param shareIt whether the usage type is mapped as SHARE IT usage types
     */
    static Mapped<Assembled> assemble(ProjectFacts facts, GenerationSettings settings, String base, boolean shareIt) {
        Trace t = new Trace();
        SourceMeasurement measurement = SourceInventory.scan(facts.compileSourceRoots());
        IdentityMapping.Identity identity = t.absorb(IdentityMapping.map(facts, settings, base));
        String description = t.absorb(DescriptionMapping.map(facts, settings, base));
        LicensesMapping.Licenses licenses = t.absorb(LicensesMapping.map(facts, base));
        UsageTypeMapping.Usage usage = t.absorb(UsageTypeMapping.map(settings, licenses.allOpen(), shareIt, base));
        List<String> tags = t.absorb(TagsMapping.map(settings, base));
        var contact = t.absorb(ContactMapping.map(facts, settings, base));
        var status = t.absorb(StatusMapping.map(facts, settings, base));
        RepositoryMapping.Repository repository = t.absorb(RepositoryMapping.map(facts, settings, base));
        PagesMapping.Pages pages = t.absorb(PagesMapping.map(facts, settings, base));
        LaborMapping.Labor labor = t.absorb(LaborMapping.map(facts, settings, measurement, base));
        List<String> reused = t.absorb(ReusedCodeMapping.map(facts, settings, base));
        var date = t.absorb(DatesMapping.map(facts, settings, base));
        Permissions permissions = new Permissions(
                licenses.licenses().isEmpty() ? Property.absent() : Property.of(licenses.licenses()),
                Property.of(usage.codeGov()), Property.of(usage.exemptionText()), Unknown.NONE);
        Release release = new Release(
                Property.of(identity.name()),
                Property.of(identity.version()),
                Property.of(identity.organization()),
                Property.of(description),
                Property.of(permissions),
                strings(tags),
                Property.of(contact),
                Property.of(status),
                Property.of(repository.vcs()),
                Property.of(repository.url()),
                Property.of(pages.homepageURL()),
                Property.of(pages.downloadURL()),
                Property.of(pages.disclaimerURL()),
                Property.of(pages.disclaimerText()),
                strings(labor.languages()),
                Property.of(labor.laborHours()),
                Property.absent(),
                reused.isEmpty() ? Property.absent() : Property.of(reused.stream()
                        .map(n -> Property.of(new ReusedCode(Property.of(n), Property.absent(), Unknown.NONE))).toList()),
                Property.absent(),
                date == null ? Property.absent() : Property.of(date),
                Unknown.NONE);
        return t.done(new Assembled(release, usage, labor.report()));
    }

    private static Property<List<Property<String>>> strings(List<String> values) {
        return values.isEmpty() ? Property.absent() : Property.of(values.stream().map(Property::of).toList());
    }
}
