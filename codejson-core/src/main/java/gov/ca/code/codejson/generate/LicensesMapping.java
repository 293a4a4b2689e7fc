package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;
import static gov.ca.code.codejson.generate.Trace.collapse;
import static gov.ca.code.codejson.generate.Trace.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import gov.ca.code.codejson.codegov.License;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * {@code permissions.licenses}: each declared license resolved offline against the SPDX License
 * List, written with its identifier, or as given when it is not on the list.
 */
final class LicensesMapping {

    /**
     * The licenses and what the usage type may infer from them.
     *
     * @param licenses the licenses, in declaration order
     * @param allOpen whether there is at least one and every one is OSI-approved
     */
    record Licenses(List<Property<License>> licenses, boolean allOpen) {
        Licenses {
            licenses = List.copyOf(Objects.requireNonNull(licenses, "licenses"));
        }
    }

    private LicensesMapping() {
    }

    static Mapped<Licenses> map(ProjectFacts facts, String base) {
        Trace t = new Trace();
        String field = base + "/permissions/licenses";
        SpdxLicenses spdx = SpdxLicenses.bundled();
        List<Property<License>> licenses = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        boolean allOpen = !facts.licenses().isEmpty();
        for (int i = 0; i < facts.licenses().size(); i++) {
            ProjectFacts.LicenseFact l = facts.licenses().get(i);
            String pointer = JsonPointer.append(field, i);
            t.from(pointer, Source.fact(ProjectFact.LICENSE));
            String url = blank(l.url()) ? null : t.credentialFree(l.url().strip(), pointer, Source.fact(ProjectFact.LICENSE_URL));
            String written = blank(l.name()) ? null : collapse(l.name());
            LicenseMatch match = spdx.resolve(written, url);
            allOpen &= match.resolved() && match.osiApproved();
            if (match.resolved()) {
                resolved.add(quote(written == null ? url : written) + " is " + match.spdxId() + " (by "
                        + match.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
                licenses.add(Property.of(new License(Property.of(url == null ? match.canonicalUrl() : url),
                        Property.of(match.spdxId()), Unknown.NONE)));
            } else {
                t.report(Severity.WARNING, "generate.license-unresolved", pointer, Source.fact(ProjectFact.LICENSE_NAME),
                        "the license " + quote(written == null ? String.valueOf(url) : written) + " is not in the SPDX License List "
                                + spdx.listVersion() + " under any identifier, name, alias or URL; it is written as given."
                                + " Write its SPDX identifier, such as Apache-2.0 or GPL-3.0-or-later, as the name");
                licenses.add(Property.of(new License(Property.of(url), Property.of(written), Unknown.NONE)));
            }
        }
        if (!resolved.isEmpty()) {
            t.report(Severity.INFO, "generate.licenses-resolved", field, Source.fact(ProjectFact.LICENSES),
                    "licenses resolved offline with the SPDX License List " + spdx.listVersion() + ": "
                            + String.join(", ", resolved));
        }
        t.from(field, Source.fact(ProjectFact.LICENSES));
        return t.done(new Licenses(licenses, allOpen));
    }
}
