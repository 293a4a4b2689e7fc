package gov.ca.code.codejson.generate;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.diagnostic.Severity;

import org.jspecify.annotations.Nullable;

/**
 * {@code permissions.usageType} and {@code permissions.exemptionText}: the setting, else
 * {@code openSource} when every license is OSI-approved. For SHARE IT the usage type is a list of
 * SHARE IT usage types, written comma-separated in the setting.
 */
final class UsageTypeMapping {

    /**
     * The usage of the release.
     *
     * @param codeGov the code.gov 2.0.0 usage type, or null (always null for SHARE IT)
     * @param shareIt the SHARE IT usage types, empty for code.gov
     * @param exemptionText the justification of an exemption, or null
     */
    record Usage(@Nullable UsageType codeGov, List<String> shareIt, @Nullable String exemptionText) {
        Usage {
            shareIt = List.copyOf(Objects.requireNonNull(shareIt, "shareIt"));
        }
    }

    private static final String INFERRED_ONLY = "(it can be inferred only when every license is an OSI-approved one)";

    private UsageTypeMapping() {
    }

    static Mapped<Usage> map(GenerationSettings settings, boolean allLicensesOpen, boolean shareIt, String base) {
        Trace t = new Trace();
        String field = base + "/permissions/usageType";
        t.from(field, Source.setting(Setting.USAGE_TYPE));
        UsageType codeGov = null;
        List<String> shareItTypes = List.of();
        if (shareIt) {
            shareItTypes = shareIt(t, settings, allLicensesOpen, field);
        } else if (settings.release().usageType() != null) {
            codeGov = settings.release().usageType();
        } else if (allLicensesOpen) {
            inferred(t, field, "openSource");
            codeGov = UsageType.OPEN_SOURCE;
        } else {
            t.report(Severity.ERROR, "generate.usage-type-missing", field, Source.setting(Setting.USAGE_TYPE),
                    "say how the code may be used: openSource, governmentWideReuse, or an exemption such as exemptByAgencySystem"
                            + " with its exemptionText " + INFERRED_ONLY);
        }
        t.from(base + "/permissions/exemptionText", Source.setting(Setting.EXEMPTION_TEXT));
        return t.done(new Usage(codeGov, shareItTypes, settings.release().exemptionText()));
    }

    private static List<String> shareIt(Trace t, GenerationSettings settings, boolean allLicensesOpen, String field) {
        if (!settings.shareIt().usageTypes().isEmpty()) {
            return settings.shareIt().usageTypes().stream().map(gov.ca.code.codejson.shareit.UsageType::json).toList();
        }
        if (allLicensesOpen) {
            inferred(t, field, "[openSource]");
            return List.of(gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE.json());
        }
        t.report(Severity.ERROR, "generate.usage-type-missing", field, Source.setting(Setting.USAGE_TYPE),
                "say how the code may be used: openSource, governmentWideReuse, or one or more exemptions such as"
                        + " exemptByAgencySystem or exemptByFOIA, separated by commas, with the exemptionText " + INFERRED_ONLY);
        return List.of();
    }

    private static void inferred(Trace t, String field, String value) {
        t.report(Severity.INFO, "generate.usage-type-inferred", field, Source.setting(Setting.USAGE_TYPE),
                "usageType " + value + " inferred because every license is approved by the Open Source Initiative;"
                        + " set usageType to say otherwise");
    }
}
