package gov.ca.code.codejson.generate;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Permissions;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.source.SourceInventory;
import gov.ca.code.codejson.source.SourceMeasurement;

import org.jspecify.annotations.Nullable;

/**
 * Runs the field mappings, in the order of the fields of a release, and combines them into the
 * code.gov 2.0.0 release of the project. The SHARE IT assembler maps the same {@link Fields} to its
 * own record.
 */
final class ReleaseAssembler {

    /**
     * What every field mapping gave, typed.
     *
     * @param identity the name, version and organization
     * @param description the description, or null
     * @param licenses the licenses
     * @param usage the usage type or types and the exemption text
     * @param tags the tags
     * @param contact the contact
     * @param status the status
     * @param repository the repository URL and version control system
     * @param pages the homepage, download and disclaimer
     * @param labor the languages, labor hours and the side report of their estimate
     * @param reused the reused code, by name
     * @param date the dates, or null when none is known
     */
    record Fields(IdentityMapping.Identity identity, @Nullable String description, LicensesMapping.Licenses licenses,
            UsageTypeMapping.Usage usage, List<String> tags, Contact contact, Status status,
            RepositoryMapping.Repository repository, PagesMapping.Pages pages, LaborMapping.Labor labor, List<String> reused,
            @Nullable ReleaseDate date) {
        Fields {
            tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
            reused = List.copyOf(Objects.requireNonNull(reused, "reused"));
        }
    }

    private ReleaseAssembler() {
    }

    /**
     * Maps the facts and settings to the fields of the entry whose members are at {@code base}.
     *
     * @param shareIt whether the usage type is mapped as SHARE IT usage types
     */
    static Mapped<Fields> fields(ProjectFacts facts, GenerationSettings settings, String base, boolean shareIt) {
        Trace t = new Trace();
        SourceMeasurement measurement = SourceInventory.scan(facts.compileSourceRoots());
        IdentityMapping.Identity identity = t.absorb(IdentityMapping.map(facts, settings, base));
        String description = t.absorb(DescriptionMapping.map(facts, settings, base));
        LicensesMapping.Licenses licenses = t.absorb(LicensesMapping.map(facts, base));
        UsageTypeMapping.Usage usage = t.absorb(UsageTypeMapping.map(settings, licenses.allOpen(), shareIt, base));
        List<String> tags = t.absorb(TagsMapping.map(settings, base));
        Contact contact = t.absorb(ContactMapping.map(facts, settings, base));
        Status status = t.absorb(StatusMapping.map(facts, settings, base));
        RepositoryMapping.Repository repository = t.absorb(RepositoryMapping.map(facts, settings, base));
        PagesMapping.Pages pages = t.absorb(PagesMapping.map(facts, settings, base));
        LaborMapping.Labor labor = t.absorb(LaborMapping.map(facts, settings, measurement, base));
        List<String> reused = t.absorb(ReusedCodeMapping.map(facts, settings, base));
        ReleaseDate date = t.absorb(DatesMapping.map(facts, settings, base));
        return t.done(new Fields(identity, description, licenses, usage, tags, contact, status, repository, pages, labor,
                reused, date));
    }

    /** {@return the code.gov 2.0.0 release of the fields} */
    static Release release(Fields f) {
        Permissions permissions = new Permissions(
                f.licenses().licenses().isEmpty() ? Property.absent() : Property.of(f.licenses().licenses()),
                Property.of(f.usage().codeGov()), Property.of(f.usage().exemptionText()), Unknown.NONE);
        return new Release(
                Property.of(f.identity().name()),
                Property.of(f.identity().version()),
                Property.of(f.identity().organization()),
                Property.of(f.description()),
                Property.of(permissions),
                strings(f.tags()),
                Property.of(f.contact()),
                Property.of(f.status()),
                Property.of(f.repository().vcs()),
                Property.of(f.repository().url()),
                Property.of(f.pages().homepageURL()),
                Property.of(f.pages().downloadURL()),
                Property.of(f.pages().disclaimerURL()),
                Property.of(f.pages().disclaimerText()),
                strings(f.labor().languages()),
                Property.of(f.labor().laborHours()),
                Property.absent(),
                reusedCode(f.reused()),
                Property.absent(),
                Property.of(f.date()),
                Unknown.NONE);
    }

    /** {@return a list of strings, absent when empty} */
    static Property<List<Property<String>>> strings(List<String> values) {
        return values.isEmpty() ? Property.absent() : Property.of(values.stream().map(Property::of).toList());
    }

    /** {@return the reused code of the names, absent when there is none} */
    static Property<List<Property<ReusedCode>>> reusedCode(List<String> names) {
        return names.isEmpty() ? Property.absent() : Property.of(names.stream()
                .map(n -> Property.of(new ReusedCode(Property.of(n), Property.absent(), Unknown.NONE))).toList());
    }
}
