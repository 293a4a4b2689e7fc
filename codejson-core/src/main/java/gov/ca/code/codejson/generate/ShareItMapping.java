package gov.ca.code.codejson.generate;

import static gov.ca.code.codejson.generate.Trace.blank;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.conversion.ShareItTerms;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.JsonEnum;

import org.jspecify.annotations.Nullable;

/**
 * The SHARE IT members code.gov 2.0.0 does not have: {@code usageType} as a list,
 * {@code repositoryVisibility}, {@code reuseFrequency}, {@code maintenance},
 * {@code contractNumber}, {@code SBOM}, {@code feedbackMechanism} and {@code AIUseCaseID}. A
 * required one without a source is an error unless the overlay gives it.
 */
final class ShareItMapping {

    /**
     * The members, and the pointers they settle.
     *
     * @param values the members as a JSON object
     * @param settled the pointers whose value these members give
     */
    record Own(JsonValue.JsonObject values, List<String> settled) {
        Own {
            settled = List.copyOf(Objects.requireNonNull(settled, "settled"));
        }
    }

    private ShareItMapping() {
    }

    static Mapped<Own> map(ProjectFacts facts, GenerationSettings settings, List<String> usageTypes) {
        Run r = new Run(settings);
        r.contactWarnings();
        if (!usageTypes.isEmpty()) {
            r.out.put("permissions", JsonBuilder.object().put("usageType", JsonBuilder.strings(usageTypes)));
            r.settled.add("/permissions/usageType");
        }
        r.enumValue("repositoryVisibility", Setting.REPOSITORY_VISIBILITY, settings.shareIt().repositoryVisibility(),
                "say whether the repository is public or private, which the POM cannot tell: set repositoryVisibility"
                        + " to public or private");
        r.reuseFrequency();
        r.enumValue("maintenance", Setting.MAINTENANCE, settings.shareIt().maintenance(),
                "say who keeps the software up to date: set maintenance to internal, contract, community or none");
        r.contractNumber();
        r.text("SBOM", Setting.SBOM, settings.shareIt().sbom(), "give the link to the software bill of materials, such as the"
                + " dependency graph page of the repository host: set sbom to it, or to None when there is none");
        r.feedbackMechanism(facts);
        r.text("AIUseCaseID", Setting.AI_USE_CASE_ID, settings.shareIt().aiUseCaseId(), "give the software's ID in the AI Use Case"
                + " Inventory: set aiUseCaseId to it, or to 0 when the software is not listed");
        return r.t.done(new Own(r.out.build(), r.settled));
    }

    /** The state of one mapping call. */
    private static final class Run {
        final Trace t = new Trace();
        final JsonBuilder out = JsonBuilder.object();
        final List<String> settled = new java.util.ArrayList<>();
        final GenerationSettings settings;

        Run(GenerationSettings settings) {
            this.settings = settings;
        }

        void contactWarnings() {
            warnNotWritten(Setting.CONTACT_URL, settings.contact().url());
            warnNotWritten(Setting.CONTACT_PHONE, settings.contact().phone());
        }

        private void warnNotWritten(Setting setting, @Nullable String value) {
            if (value != null) {
                t.report(Severity.WARNING, "generate.shareit-not-written", "/contact", Source.setting(setting),
                        ShareItTerms.CONTACT_ONLY + ", so " + setting.key()
                                + " is not written; remove it, or give the issues page as feedbackMechanism");
            }
        }

        void enumValue(String member, Setting setting, @Nullable JsonEnum value, String missing) {
            String field = "/" + member;
            t.from(field, Source.setting(setting));
            if (value == null) {
                missing(field, setting, missing);
                return;
            }
            out.put(member, value.json());
            settled.add(field);
        }

        void text(String member, Setting setting, @Nullable String value, String missing) {
            String field = "/" + member;
            t.from(field, Source.setting(setting));
            if (value == null) {
                missing(field, setting, missing);
                return;
            }
            out.put(member, value);
            settled.add(field);
        }

        void reuseFrequency() {
            String field = "/reuseFrequency";
            t.from(field, Source.setting(Setting.REUSE_FORKS));
            if (settings.shareIt().reuseForks() == null && settings.shareIt().reuseClones() == null) {
                missing(field, Setting.REUSE_FORKS, "give how often the code is reused, which only the repository host"
                        + " knows: set reuseForks and reuseClones to its counts (0 for a new repository)");
                return;
            }
            JsonBuilder frequency = JsonBuilder.object();
            count(frequency, "forks", Setting.REUSE_FORKS, settings.shareIt().reuseForks());
            count(frequency, "clones", Setting.REUSE_CLONES, settings.shareIt().reuseClones());
            out.put("reuseFrequency", frequency);
            settled.add(field);
        }

        private void count(JsonBuilder frequency, String member, Setting setting, @Nullable Long value) {
            if (value == null) {
                return;
            }
            t.from("/reuseFrequency/" + member, Source.setting(setting));
            frequency.put(member, value);
        }

        void contractNumber() {
            String field = "/contractNumber";
            t.from(field, Source.setting(Setting.CONTRACT_NUMBERS));
            List<String> numbers = settings.shareIt().contractNumbers();
            if (numbers.isEmpty()) {
                missing(field, Setting.CONTRACT_NUMBERS, "list the contract numbers the software was developed under: set"
                        + " contractNumbers to them, or to none when it was not developed under a contract");
                return;
            }
            boolean none = numbers.size() == 1 && numbers.get(0).equalsIgnoreCase("none");
            out.put("contractNumber", JsonBuilder.strings(none ? List.of() : numbers));
            settled.add(field);
        }

        void feedbackMechanism(ProjectFacts facts) {
            String field = "/feedbackMechanism";
            String url;
            if (settings.shareIt().feedbackMechanism() != null) {
                t.from(field, Source.setting(Setting.FEEDBACK_MECHANISM));
                url = t.credentialFree(settings.shareIt().feedbackMechanism(), field, Source.setting(Setting.FEEDBACK_MECHANISM));
            } else if (!blank(facts.issueManagementUrl())) {
                t.from(field, Source.fact(ProjectFact.ISSUE_MANAGEMENT_URL));
                url = t.credentialFree(facts.issueManagementUrl().strip(), field, Source.fact(ProjectFact.ISSUE_MANAGEMENT_URL));
            } else {
                t.from(field, Source.setting(Setting.FEEDBACK_MECHANISM));
                missing(field, Setting.FEEDBACK_MECHANISM, "give where the community gives feedback, such as the issues page:"
                        + " set the issue tracker URL of the project, or feedbackMechanism");
                return;
            }
            out.put("feedbackMechanism", url);
            settled.add(field);
        }

        /** A required member without a source is an error, unless the overlay gives it. */
        private void missing(String field, Setting setting, String what) {
            if (OverlayPass.present(settings.overlay() == null ? null : settings.overlay().patch(), field)) {
                return;
            }
            t.report(Severity.ERROR, "generate.shareit-value-missing", field, Source.setting(setting),
                    "SHARE IT requires " + field.substring(1) + ": " + what);
        }
    }
}
