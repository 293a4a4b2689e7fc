package gov.ca.code.codejson.generate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.License;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Permissions;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.ReleaseDate;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.internal.ModelBinder;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.license.LicenseMatch;
import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.migrate.Migration;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.source.Cocomo2;
import gov.ca.code.codejson.source.LaborEstimate;
import gov.ca.code.codejson.source.SourceInventory;
import gov.ca.code.codejson.source.SourceMeasurement;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.validation.constraints.Findings;

/**
 * Builds the code.json entry of a project from its {@link ProjectFacts}, the user's
 * {@link GenerationSettings} and an optional {@link Overlay}, and validates it.
 *
 * <p>Generation is a pure function of its inputs: it reads no clock, no network and no
 * environment, so the same inputs give byte-identical text. Instances are immutable and
 * thread-safe.
 */
public final class Generator {

    /** The pointer of the one release of a generated code.gov inventory. */
    public static final String RELEASE = "/releases/0";

    private static final String CREDENTIALS_REMOVED = "generate.credentials-removed";
    private static final String CREDENTIALS_MESSAGE = "the URL carries a user name, password or token; it was left out of"
            + " code.json, but remove it from where it was written too, and change the password if it was real";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final CodeJson codejson = new CodeJson();
    private final JsonWriter writer = new JsonWriter();

    /** Creates a generator. */
    public Generator() {
    }

    /**
     * Generates and validates the document.
     *
     * @param facts what the build knows about the project
     * @param settings the user's choices
     * @return the outcome, with every problem found
     */
    public Generation generate(ProjectFacts facts, GenerationSettings settings) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(settings, "settings");
        return new Run(facts, settings).run();
    }

    /** {@return the families this generator can write, by identifier} */
    public static List<String> supportedFamilies() {
        return List.of(Family.CODEGOV_2_0_0.id(), Family.SHAREIT_2_0_0.id());
    }

    /** The state of one generation; never shared between threads. */
    private final class Run {
        private final ProjectFacts facts;
        private final GenerationSettings settings;
        private final List<GenerationProblem> problems = new ArrayList<>();
        private final Map<String, Source> provenance = new LinkedHashMap<>();
        private SourceMeasurement measurement;
        private String laborReport;
        private boolean allLicensesOpen;
        private boolean shareIt;
        private List<String> shareItUsage = List.of();

        Run(ProjectFacts facts, GenerationSettings settings) {
            this.facts = facts;
            this.settings = settings;
        }

        Generation run() {
            Family family = family();
            Profile profile = family == null ? null : profile(family);
            if (family == null || profile == null) {
                return new Generation(null, null, null, problems, null, provenance, null);
            }
            shareIt = family == Family.SHAREIT_2_0_0;
            Release release = release();
            JsonValue.JsonObject releaseJson = (JsonValue.JsonObject) CodeJson.toJson(release);
            if (shareIt) {
                return new ShareItObject(releaseJson).build(profile);
            }
            releaseJson = (JsonValue.JsonObject) credentialFree(applyOverlay(releaseJson, RELEASE, new HashSet<>()), RELEASE);
            Inventory inventory = inventory();
            JsonValue.JsonObject inventoryJson = withReleases((JsonValue.JsonObject) CodeJson.toJson(inventory), releaseJson);
            return generation(readBack(inventoryJson, null), profile, releaseJson);
        }

        /** Reads a generated tree back from its text, which gives every value a line and column for messages. */
        private Document readBack(JsonValue.JsonObject tree, Family family) {
            try {
                return codejson.read(new ByteArrayInputStream(writer.writeBytes(tree)), "code.json", family);
            } catch (JsonReadException e) {
                throw new IllegalStateException("the generator wrote text it cannot read back: " + e.getMessage(), e);
            }
        }

        /** The generation of a document read back: its canonical text and its violations not already reported. */
        private Generation generation(Document document, Profile profile, JsonValue.JsonObject release) {
            String text = codejson.write(document);
            ValidationReport report = codejson.validate(document, profile);
            ValidationReport deduplicated = new ValidationReport(report.name(), report.family(), report.profile(),
                    report.violations().stream().filter(this::notAlreadyReported).toList());
            return new Generation(document, text, release, problems, deduplicated, provenance, laborReport);
        }

        private boolean notAlreadyReported(Diagnostic v) {
            return problems.stream().noneMatch(p -> p.isError() && p.pointer().equals(v.pointer()));
        }

        private Family family() {
            String id = settings.family() == null ? Family.CODEGOV_2_0_0.id() : settings.family();
            if (supportedFamilies().contains(id.toLowerCase(Locale.ROOT))) {
                return Family.byId(id).orElseThrow();
            }
            problems.add(new GenerationProblem(Severity.ERROR, "generate.family-unsupported", "", Source.setting("family"),
                    "codejson cannot generate the family " + quote(id) + "; use one of " + supportedFamilies()));
            return null;
        }

        private Profile profile(Family family) {
            if (settings.profile() == null) {
                return family.defaultProfile();
            }
            Optional<Profile> profile = Profile.byId(settings.profile()).filter(family.profiles()::contains);
            if (profile.isEmpty()) {
                problems.add(new GenerationProblem(Severity.ERROR, "generate.profile-unknown", "", Source.setting("profile"),
                        family.profileNotApplicable(quote(settings.profile()))));
                return null;
            }
            return profile.get();
        }

        private Inventory inventory() {
            provenance.put("/version", Source.derived("the family"));
            String method = settings.measurementMethod() == null ? MeasurementMethod.PROJECTS.json() : settings.measurementMethod();
            provenance.put("/measurementType", Source.setting("measurementMethod"));
            MeasurementMethod parsed = parseEnum(MeasurementMethod.class, method, "measurementMethod", "/measurementType/method");
            if (settings.measurementIfOther() != null) {
                provenance.put("/measurementType/ifOther", Source.setting("measurementIfOther"));
            }
            provenance.put("/agency", Source.setting("agency"));
            return new Inventory(Property.of("2.0.0"),
                    Property.of(new MeasurementType(Property.of(parsed), Property.of(settings.measurementIfOther()), Unknown.NONE)),
                    Property.of(settings.agency()), Property.of(List.of()), Unknown.NONE);
        }

        private JsonValue.JsonObject withReleases(JsonValue.JsonObject inventory, JsonValue.JsonObject release) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (JsonValue.Member m : inventory.members()) {
                members.add(m.name().equals("releases")
                        ? new JsonValue.Member("releases", new JsonValue.JsonArray(List.of(release), m.value().location()), m.location())
                        : m);
            }
            return new JsonValue.JsonObject(members, inventory.location());
        }

        private Release release() {
            measurement = SourceInventory.scan(facts.compileSourceRoots());
            return new Release(
                    Property.of(name()),
                    Property.of(text(null, facts.version(), "version", "version")),
                    Property.of(text(settings.organization(), facts.organizationName(), "organization", "organization/name")),
                    Property.of(description()),
                    Property.of(permissions()),
                    tags(),
                    Property.of(contact()),
                    Property.of(status()),
                    Property.of(vcs()),
                    Property.of(repositoryUrl()),
                    Property.of(homepageUrl()),
                    Property.of(setting(settings.downloadURL(), "downloadURL")),
                    Property.of(setting(settings.disclaimerURL(), "disclaimerURL")),
                    Property.of(setting(settings.disclaimerText(), "disclaimerText")),
                    languages(),
                    Property.of(laborHours()),
                    Property.absent(),
                    reusedCode(),
                    Property.absent(),
                    date(),
                    Unknown.NONE);
        }

        private String name() {
            String field = RELEASE + "/name";
            if (settings.name() != null) {
                provenance.put(field, Source.setting("name"));
                return settings.name();
            }
            if (facts.name() != null && !facts.name().isBlank()) {
                provenance.put(field, Source.pom("name"));
                return collapse(facts.name());
            }
            provenance.put(field, Source.pom("artifactId"));
            return facts.artifactId();
        }

        /** A value from a setting, else from the project model, recording which one. */
        private String text(String setting, String pom, String settingName, String element) {
            String field = RELEASE + "/" + settingName;
            if (setting != null) {
                provenance.put(field, Source.setting(settingName));
                return setting;
            }
            provenance.put(field, Source.pom(element));
            return pom == null || pom.isBlank() ? null : collapse(pom);
        }

        private String setting(String value, String settingName) {
            provenance.put(RELEASE + "/" + settingName, Source.setting(settingName));
            return value;
        }

        private String description() {
            String field = RELEASE + "/description";
            if (settings.description() != null) {
                provenance.put(field, Source.setting("description"));
                return collapse(settings.description());
            }
            provenance.put(field, Source.pom("description"));
            if (facts.description() == null || facts.description().isBlank()) {
                problems.add(new GenerationProblem(Severity.ERROR, "generate.description-missing", field, Source.pom("description"),
                        "the project has no description; write one or two sentences saying what the software does for the public"));
                return null;
            }
            return collapse(facts.description());
        }

        private Permissions permissions() {
            String base = RELEASE + "/permissions";
            List<Property<License>> licenses = new ArrayList<>();
            SpdxLicenses spdx = SpdxLicenses.bundled();
            allLicensesOpen = !facts.licenses().isEmpty();
            List<String> resolved = new ArrayList<>();
            for (int i = 0; i < facts.licenses().size(); i++) {
                ProjectFacts.LicenseFact l = facts.licenses().get(i);
                String pointer = JsonPointer.append(base + "/licenses", i);
                provenance.put(pointer, Source.pom("licenses/license"));
                String url = l.url() == null || l.url().isBlank() ? null : credentialFree(l.url().strip(), pointer,
                        Source.pom("licenses/license/url"));
                String written = l.name() == null || l.name().isBlank() ? null : collapse(l.name());
                LicenseMatch match = spdx.resolve(written, url);
                allLicensesOpen &= match.resolved() && match.osiApproved();
                if (match.resolved()) {
                    resolved.add(quote(written == null ? url : written) + " is " + match.spdxId() + " (by "
                            + match.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
                    licenses.add(Property.of(new License(Property.of(url == null ? match.canonicalUrl() : url),
                            Property.of(match.spdxId()), Unknown.NONE)));
                } else {
                    problems.add(new GenerationProblem(Severity.WARNING, "generate.license-unresolved", pointer,
                            Source.pom("licenses/license/name"),
                            "the license " + quote(written == null ? String.valueOf(url) : written) + " is not in the SPDX License List "
                                    + spdx.listVersion() + " under any identifier, name, alias or URL; it is written as given."
                                    + " Write its SPDX identifier, such as Apache-2.0 or GPL-3.0-or-later, as the name"));
                    licenses.add(Property.of(new License(Property.of(url), Property.of(written), Unknown.NONE)));
                }
            }
            if (!resolved.isEmpty()) {
                problems.add(new GenerationProblem(Severity.INFO, "generate.licenses-resolved", base + "/licenses",
                        Source.pom("licenses"), "licenses resolved offline with the SPDX License List " + spdx.listVersion()
                                + ": " + String.join(", ", resolved)));
            }
            provenance.put(base + "/licenses", Source.pom("licenses"));
            UsageType usage = usageType();
            provenance.put(base + "/exemptionText", Source.setting("exemptionText"));
            return new Permissions(licenses.isEmpty() ? Property.absent() : Property.of(List.copyOf(licenses)),
                    Property.of(usage), Property.of(settings.exemptionText()), Unknown.NONE);
        }

        private UsageType usageType() {
            String field = RELEASE + "/permissions/usageType";
            provenance.put(field, Source.setting("usageType"));
            if (shareIt) {
                shareItUsage = shareItUsageTypes(field);
                return null;
            }
            if (settings.usageType() != null) {
                return parseEnum(UsageType.class, settings.usageType(), "usageType", field);
            }
            if (allLicensesOpen) {
                problems.add(new GenerationProblem(Severity.INFO, "generate.usage-type-inferred", field, Source.setting("usageType"),
                        "usageType openSource inferred because every license is approved by the Open Source Initiative;"
                                + " set usageType to say otherwise"));
                return UsageType.OPEN_SOURCE;
            }
            problems.add(new GenerationProblem(Severity.ERROR, "generate.usage-type-missing", field, Source.setting("usageType"),
                    "say how the code may be used: openSource, governmentWideReuse, or an exemption such as exemptByAgencySystem"
                            + " with its exemptionText (it can be inferred only when every license is an OSI-approved one)"));
            return null;
        }

        /**
         * The SHARE IT usage types: a list, with values code.gov 2.0.0 does not have, so they are
         * kept beside the 2.0.0 release rather than in it.
         */
        private List<String> shareItUsageTypes(String field) {
            if (settings.usageType() != null) {
                List<String> types = new ArrayList<>();
                for (String written : settings.usageType().split(",")) {
                    if (written.isBlank()) {
                        continue;
                    }
                    gov.ca.code.codejson.shareit.UsageType type = parseEnum(gov.ca.code.codejson.shareit.UsageType.class,
                            written.strip(), "usageType", field);
                    if (type != null && !types.contains(type.json())) {
                        types.add(type.json());
                    }
                }
                return List.copyOf(types);
            }
            if (allLicensesOpen) {
                problems.add(new GenerationProblem(Severity.INFO, "generate.usage-type-inferred", field, Source.setting("usageType"),
                        "usageType [openSource] inferred because every license is approved by the Open Source Initiative;"
                                + " set usageType to say otherwise"));
                return List.of(gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE.json());
            }
            problems.add(new GenerationProblem(Severity.ERROR, "generate.usage-type-missing", field, Source.setting("usageType"),
                    "say how the code may be used: openSource, governmentWideReuse, or one or more exemptions such as"
                            + " exemptByAgencySystem or exemptByFOIA, separated by commas, with the exemptionText (it can be"
                            + " inferred only when every license is an OSI-approved one)"));
            return List.of();
        }

        private Property<List<Property<String>>> tags() {
            provenance.put(RELEASE + "/tags", Source.setting("tags"));
            if (settings.tags().isEmpty()) {
                return Property.absent();
            }
            return Property.of(settings.tags().stream().map(Property::of).toList());
        }

        private Contact contact() {
            String base = RELEASE + "/contact";
            String email = settings.contactEmail();
            String name = settings.contactName();
            provenance.put(base, Source.setting("contactEmail"));
            if (email != null) {
                provenance.put(base + "/email", Source.setting("contactEmail"));
            } else {
                Optional<ProjectFacts.Developer> developer = facts.developers().stream()
                        .filter(d -> d.email() != null && !d.email().isBlank()).findFirst();
                Optional<ProjectFacts.MailingList> list = facts.mailingLists().stream()
                        .filter(l -> l.post() != null && !l.post().isBlank()).findFirst();
                if (developer.isPresent()) {
                    email = developer.get().email().strip();
                    provenance.put(base + "/email", Source.pom("developers/developer/email"));
                    if (name == null && developer.get().name() != null && !developer.get().name().isBlank()) {
                        name = collapse(developer.get().name());
                        provenance.put(base + "/name", Source.pom("developers/developer/name"));
                    }
                } else if (list.isPresent()) {
                    email = stripMailto(list.get().post().strip());
                    provenance.put(base + "/email", Source.pom("mailingLists/mailingList/post"));
                    if (name == null && list.get().name() != null && !list.get().name().isBlank()) {
                        name = collapse(list.get().name());
                        provenance.put(base + "/name", Source.pom("mailingLists/mailingList/name"));
                    }
                } else {
                    provenance.put(base + "/email", Source.setting("contactEmail"));
                }
            }
            if (settings.contactName() != null) {
                provenance.put(base + "/name", Source.setting("contactName"));
            }
            String url = settings.contactUrl();
            if (url != null) {
                provenance.put(base + "/URL", Source.setting("contactUrl"));
            } else if (facts.issueManagementUrl() != null && !facts.issueManagementUrl().isBlank()) {
                url = credentialFree(facts.issueManagementUrl().strip(), base + "/URL", Source.pom("issueManagement/url"));
                provenance.put(base + "/URL", Source.pom("issueManagement/url"));
            }
            if (settings.contactPhone() != null) {
                provenance.put(base + "/phone", Source.setting("contactPhone"));
            }
            return new Contact(Property.of(email), Property.of(name), Property.of(url), Property.of(settings.contactPhone()),
                    Unknown.NONE);
        }

        private Status status() {
            String field = RELEASE + "/status";
            if (settings.status() != null) {
                provenance.put(field, Source.setting("status"));
                return parseEnum(Status.class, settings.status(), "status", field);
            }
            provenance.put(field, Source.setting("status"));
            boolean snapshot = facts.version() != null && facts.version().endsWith("-SNAPSHOT");
            Status inferred = snapshot ? Status.DEVELOPMENT : Status.PRODUCTION;
            problems.add(new GenerationProblem(Severity.INFO, "generate.status-inferred", field, Source.setting("status"),
                    "status " + inferred.json() + " inferred from the version " + quote(String.valueOf(facts.version()))
                            + (snapshot ? " (a snapshot)" : " (a release)") + "; set status to say otherwise"));
            return inferred;
        }

        private String vcs() {
            String field = RELEASE + "/vcs";
            if (settings.vcs() != null) {
                provenance.put(field, Source.setting("vcs"));
                return settings.vcs();
            }
            ProjectFacts.Scm scm = facts.scm();
            Optional<String> provider = ScmUrls.provider(scm.connection());
            if (provider.isPresent()) {
                provenance.put(field, Source.pom("scm/connection"));
                return provider.get();
            }
            provider = ScmUrls.provider(scm.developerConnection());
            provenance.put(field, Source.pom("scm/developerConnection"));
            return provider.orElse(null);
        }

        private String repositoryUrl() {
            String field = RELEASE + "/repositoryURL";
            if (settings.repositoryURL() != null) {
                provenance.put(field, Source.setting("repositoryURL"));
                return credentialFree(settings.repositoryURL(), field, Source.setting("repositoryURL"));
            }
            ProjectFacts.Scm scm = facts.scm();
            String[][] candidates = {
                    {scm.url(), "scm/url"},
                    {scm.connection(), "scm/connection"},
                    {scm.developerConnection(), "scm/developerConnection"}};
            for (String[] candidate : candidates) {
                if (candidate[0] == null || candidate[0].isBlank()) {
                    continue;
                }
                Source source = Source.pom(candidate[1]);
                warnAboutCredentials(candidate[0], field, source);
                Optional<String> web = ScmUrls.toWebUrl(candidate[0]);
                if (web.isPresent()) {
                    provenance.put(field, source);
                    return web.get();
                }
                problems.add(new GenerationProblem(Severity.WARNING, "generate.scm-url-unusable", field, source,
                        "cannot turn " + quote(Credentials.filter(candidate[0].strip())) + " into a web URL; write the"
                                + " repository's https address"));
            }
            provenance.put(field, Source.pom("scm/url"));
            return null;
        }

        private String homepageUrl() {
            String field = RELEASE + "/homepageURL";
            if (settings.homepageURL() != null) {
                provenance.put(field, Source.setting("homepageURL"));
                return credentialFree(settings.homepageURL(), field, Source.setting("homepageURL"));
            }
            provenance.put(field, Source.pom("url"));
            if (facts.url() == null || facts.url().isBlank()) {
                return null;
            }
            return credentialFree(facts.url().strip(), field, Source.pom("url"));
        }

        private String credentialFree(String url, String field, Source source) {
            warnAboutCredentials(url, field, source);
            return Credentials.filter(url);
        }

        private void warnAboutCredentials(String url, String field, Source source) {
            if (Credentials.carried(url.strip())) {
                problems.add(new GenerationProblem(Severity.WARNING, CREDENTIALS_REMOVED, field, source, CREDENTIALS_MESSAGE));
            }
        }

        /**
         * Passes every string of the output through the credential filter, whichever input it came
         * from (a setting, the POM, the overlay), warning once for each value that lost a credential.
         */
        private JsonValue credentialFree(JsonValue value, String pointer) {
            return Credentials.filter(value, pointer, filtered -> {
                if (problems.stream().noneMatch(p -> p.rule().equals(CREDENTIALS_REMOVED) && p.pointer().equals(filtered))) {
                    problems.add(new GenerationProblem(Severity.WARNING, CREDENTIALS_REMOVED, filtered,
                            provenance.getOrDefault(filtered, Source.derived("the settings")), CREDENTIALS_MESSAGE));
                }
            });
        }

        private Property<List<Property<String>>> languages() {
            provenance.put(RELEASE + "/languages", Source.derived("the files in the compile source roots"));
            List<String> languages = measurement.languages();
            return languages.isEmpty() ? Property.absent() : Property.of(languages.stream().map(Property::of).toList());
        }

        private BigDecimal laborHours() {
            String field = RELEASE + "/laborHours";
            provenance.put(field, Source.setting("laborHours"));
            if (settings.laborHours() != null) {
                return settings.laborHours();
            }
            LaborEstimate estimate = Cocomo2.estimate(measurement);
            laborReport = facts.baseDirectory() == null ? estimate.toJson() : estimate.toJson(facts.baseDirectory());
            problems.add(new GenerationProblem(Severity.INFO, "generate.labor-hours-estimated", field, Source.setting("laborHours"),
                    "laborHours " + estimate.hours() + " estimated with " + estimate.method() + " ("
                            + estimate.parameters().hoursPerPersonMonth() + " hours per person-month) from "
                            + Counts.of(estimate.sloc(), "source line") + " in " + Counts.of(estimate.filesCounted(), "file")
                            + " of the compile source roots;"
                            + " set laborHours to write your own figure"));
            return BigDecimal.valueOf(estimate.hours());
        }

        private Property<List<Property<ReusedCode>>> reusedCode() {
            String field = RELEASE + "/reusedCode";
            provenance.put(field, Source.setting("reusedCodeGroupIds"));
            List<String> patterns = settings.reusedCodeGroupIds().isEmpty()
                    ? GenerationSettings.DEFAULT_REUSED_CODE_GROUP_IDS : settings.reusedCodeGroupIds();
            List<Pattern> compiled = patterns.stream().map(Generator::groupIdPattern).toList();
            TreeSet<String> names = new TreeSet<>();
            for (ProjectFacts.Dependency d : facts.dependencies()) {
                // Modules of the project itself are not reuse of someone else's code.
                if (d.groupId().equals(facts.groupId())) {
                    continue;
                }
                if (compiled.stream().anyMatch(p -> p.matcher(d.groupId()).matches())) {
                    names.add(d.groupId() + ":" + d.artifactId());
                }
            }
            if (names.isEmpty()) {
                return Property.absent();
            }
            return Property.of(names.stream()
                    .map(n -> Property.of(new ReusedCode(Property.of(n), Property.absent(), Unknown.NONE)))
                    .toList());
        }

        private Property<ReleaseDate> date() {
            String base = RELEASE + "/date";
            String created = null;
            String lastModified = null;
            if (facts.history() != null) {
                created = facts.history().created().toString();
                lastModified = facts.history().lastModified().toString();
                provenance.put(base + "/created", Source.derived(facts.history().description()));
                provenance.put(base + "/lastModified", Source.derived(facts.history().description()));
            }
            if (created == null && settings.created() != null) {
                created = settings.created();
                provenance.put(base + "/created", Source.setting("created"));
            }
            if (lastModified == null && settings.lastModified() != null) {
                lastModified = settings.lastModified();
                provenance.put(base + "/lastModified", Source.setting("lastModified"));
            }
            if (created == null || lastModified == null) {
                provenance.putIfAbsent(base + "/created", Source.setting("created"));
                provenance.putIfAbsent(base + "/lastModified", Source.setting("lastModified"));
                problems.add(new GenerationProblem(Severity.INFO, "generate.dates-unknown", base, Source.setting("created"),
                        "no version control history was found, so "
                                + (created == null && lastModified == null ? "date.created and date.lastModified are"
                                        : created == null ? "date.created is" : "date.lastModified is")
                                + " left out; set created and lastModified (YYYY-MM-DD) to write them"));
            }
            String metadata = metadataLastUpdated(base + "/metadataLastUpdated");
            if (created == null && lastModified == null && metadata == null) {
                return Property.absent();
            }
            return Property.of(new ReleaseDate(Property.of(created), Property.of(lastModified), Property.of(metadata), Unknown.NONE));
        }

        private String metadataLastUpdated(String field) {
            Source source = Source.pom("properties/project.build.outputTimestamp");
            provenance.put(field, source);
            String raw = facts.outputTimestamp();
            // Maven treats a one-character value as "not set", a convention kept here.
            if (raw == null || raw.strip().length() <= 1) {
                problems.add(new GenerationProblem(Severity.INFO, "generate.metadata-date-unknown", field, source,
                        "date.metadataLastUpdated is left out because the build has no reproducible timestamp; set the"
                                + " property project.build.outputTimestamp (ISO 8601 or epoch seconds) to write it"));
                return null;
            }
            Optional<LocalDate> date = parseTimestamp(raw.strip());
            if (date.isEmpty()) {
                problems.add(new GenerationProblem(Severity.WARNING, "generate.metadata-date-invalid", field, source,
                        "the timestamp " + quote(raw.strip()) + " is neither ISO 8601 (2026-01-31T00:00:00Z) nor epoch seconds,"
                                + " so date.metadataLastUpdated is left out"));
                return null;
            }
            return date.get().toString();
        }

        private <E extends Enum<E> & JsonEnum> E parseEnum(Class<E> type, String written, String settingName, String field) {
            Optional<E> constant = JsonEnum.byJson(type, written);
            if (constant.isPresent()) {
                return constant.get();
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(JsonEnum::json).toList();
            problems.add(new GenerationProblem(Severity.ERROR, "generate.value-not-allowed", field, Source.setting(settingName),
                    quote(written) + " is not an allowed value; use " + quote(Findings.closest(written, allowed))
                            + " or one of " + allowed));
            return null;
        }

        /**
         * Applies the overlay to the object at {@code base} of the output, recording in
         * {@code settled} every pointer the overlay writes.
         */
        private JsonValue.JsonObject applyOverlay(JsonValue.JsonObject target, String base, Set<String> settled) {
            Overlay overlay = settings.overlay();
            if (overlay == null) {
                return target;
            }
            recordOverlayProvenance(overlay, overlay.patch(), "", base, settled);
            return (JsonValue.JsonObject) JsonMerge.mergePatch(target, overlay.patch());
        }

        private void recordOverlayProvenance(Overlay overlay, JsonValue value, String overlayPointer, String pointer,
                Set<String> settled) {
            // The root of a SHARE IT object is the whole document: the overlay does not own all of it.
            if (!pointer.isEmpty()) {
                provenance.put(pointer, Source.overlay(overlayPointer, overlay.name(), value.location()));
                settled.add(pointer);
            }
            if (value instanceof JsonValue.JsonObject object) {
                for (JsonValue.Member m : object.members()) {
                    recordOverlayProvenance(overlay, m.value(), JsonPointer.append(overlayPointer, m.name()),
                            JsonPointer.append(pointer, m.name()), settled);
                }
            } else if (value instanceof JsonValue.JsonArray array) {
                for (int i = 0; i < array.elements().size(); i++) {
                    recordOverlayProvenance(overlay, array.elements().get(i), JsonPointer.append(overlayPointer, i),
                            JsonPointer.append(pointer, i), settled);
                }
            }
        }

        /**
         * The SHARE IT per-repository object: the 2.0.0 release converted by the {@link Migrator},
         * then the values only SHARE IT has, then the overlay, which is written in SHARE IT terms.
         * What the conversion could not derive becomes an error naming the input to set.
         */
        private final class ShareItObject {
            private final JsonValue.JsonObject release;
            private final Set<String> settled = new HashSet<>();

            ShareItObject(JsonValue.JsonObject release) {
                this.release = release;
            }

            Generation build(Profile profile) {
                contactWarnings();
                JsonValue.JsonObject inventory = JsonBuilder.object().put("version", "2.0.0")
                        .put("releases", JsonBuilder.array(List.of(withUsageType(release)))).build();
                Migration migration = new Migrator().migrate(Document.of("code.json", Family.CODEGOV_2_0_0,
                        ModelBinder.bind(Inventory.class, inventory)), Family.SHAREIT_2_0_0);
                JsonValue.JsonObject migrated = (JsonValue.JsonObject) CodeJson.toJson(
                        migration.outputs().get(1).document().root());
                rebase();
                JsonValue.JsonObject repository = JsonMerge.overwrite(migrated, ownValues());
                repository = (JsonValue.JsonObject) credentialFree(applyOverlay(repository, "", settled), "");
                for (Diagnostic v : migration.log().toFill()) {
                    toFill(v, migrated, repository);
                }
                Document document = readBack(repository, Family.SHAREIT_2_0_0);
                return generation(document, profile, (JsonValue.JsonObject) document.source().root());
            }

            /**
             * The migrator decides from a 2.0.0 usage type whether licenses may be empty, so it gets
             * one: {@code openSource} when listed, else the first.
             */
            private JsonValue.JsonObject withUsageType(JsonValue.JsonObject release) {
                if (shareItUsage.isEmpty()) {
                    return release;
                }
                String open = gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE.json();
                String one = shareItUsage.contains(open) ? open : shareItUsage.get(0);
                return JsonMerge.overwrite(release, JsonBuilder.object()
                        .put("permissions", JsonBuilder.object().put("usageType", one)).build());
            }

            /** The generated pointers are those of the release; in SHARE IT the object is the document. */
            private void rebase() {
                Map<String, Source> moved = new LinkedHashMap<>();
                provenance.forEach((pointer, source) -> {
                    if (pointer.startsWith(RELEASE + "/")) {
                        moved.put(pointer.substring(RELEASE.length()), source);
                    }
                });
                provenance.clear();
                provenance.putAll(moved);
                List<GenerationProblem> rebased = problems.stream().map(p -> p.pointer().startsWith(RELEASE + "/")
                        ? new GenerationProblem(p.severity(), p.rule(), p.pointer().substring(RELEASE.length()), p.source(),
                                p.message())
                        : p).toList();
                problems.clear();
                problems.addAll(rebased);
            }

            private void contactWarnings() {
                for (String setting : List.of("contactUrl", "contactPhone")) {
                    String value = setting.equals("contactUrl") ? settings.contactUrl() : settings.contactPhone();
                    if (value != null) {
                        problems.add(new GenerationProblem(Severity.WARNING, "generate.shareit-not-written", RELEASE + "/contact",
                                Source.setting(setting), "SHARE IT contacts have only email and name, so " + setting
                                        + " is not written; remove it, or give the issues page as feedbackMechanism"));
                    }
                }
            }

            /** The members code.gov 2.0.0 does not have, from the settings and the POM. */
            private JsonValue.JsonObject ownValues() {
                JsonBuilder out = JsonBuilder.object();
                if (!shareItUsage.isEmpty()) {
                    out.put("permissions", JsonBuilder.object().put("usageType", JsonBuilder.strings(shareItUsage)));
                    settled.add("/permissions/usageType");
                }
                enumValue(out, "repositoryVisibility", "repositoryVisibility", settings.repositoryVisibility(),
                        gov.ca.code.codejson.shareit.RepositoryVisibility.class,
                        "say whether the repository is public or private, which the POM cannot tell: set repositoryVisibility"
                                + " to public or private");
                reuseFrequency(out);
                enumValue(out, "maintenance", "maintenance", settings.maintenance(), gov.ca.code.codejson.shareit.Maintenance.class,
                        "say who keeps the software up to date: set maintenance to internal, contract, community or none");
                contractNumber(out);
                text(out, "SBOM", "sbom", settings.sbom(), "give the link to the software bill of materials, such as the"
                        + " dependency graph page of the repository host: set sbom to it, or to None when there is none");
                feedbackMechanism(out);
                text(out, "AIUseCaseID", "aiUseCaseId", settings.aiUseCaseId(), "give the software's ID in the AI Use Case"
                        + " Inventory: set aiUseCaseId to it, or to 0 when the software is not listed");
                return out.build();
            }

            private <E extends Enum<E> & JsonEnum> void enumValue(JsonBuilder out, String member, String setting, String value,
                    Class<E> type, String missing) {
                String field = "/" + member;
                provenance.put(field, Source.setting(setting));
                if (value == null) {
                    missing(field, setting, missing);
                    return;
                }
                E parsed = parseEnum(type, value, setting, field);
                if (parsed != null) {
                    out.put(member, parsed.json());
                    settled.add(field);
                }
            }

            private void text(JsonBuilder out, String member, String setting, String value, String missing) {
                String field = "/" + member;
                provenance.put(field, Source.setting(setting));
                if (value == null) {
                    missing(field, setting, missing);
                    return;
                }
                out.put(member, value);
                settled.add(field);
            }

            private void reuseFrequency(JsonBuilder out) {
                String field = "/reuseFrequency";
                provenance.put(field, Source.setting("reuseForks"));
                if (settings.reuseForks() == null && settings.reuseClones() == null) {
                    missing(field, "reuseForks", "give how often the code is reused, which only the repository host"
                            + " knows: set reuseForks and reuseClones to its counts (0 for a new repository)");
                    return;
                }
                JsonBuilder frequency = JsonBuilder.object();
                count(frequency, "forks", "reuseForks", settings.reuseForks());
                count(frequency, "clones", "reuseClones", settings.reuseClones());
                out.put("reuseFrequency", frequency);
                settled.add(field);
            }

            private void count(JsonBuilder frequency, String member, String setting, Long value) {
                if (value == null) {
                    return;
                }
                provenance.put("/reuseFrequency/" + member, Source.setting(setting));
                if (value < 0) {
                    problems.add(new GenerationProblem(Severity.ERROR, "generate.value-not-allowed", "/reuseFrequency/" + member,
                            Source.setting(setting), value + " is not a count; write 0 or more"));
                }
                frequency.put(member, value);
            }

            private void contractNumber(JsonBuilder out) {
                String field = "/contractNumber";
                provenance.put(field, Source.setting("contractNumbers"));
                List<String> numbers = settings.contractNumbers();
                if (numbers == null) {
                    missing(field, "contractNumbers", "list the contract numbers the software was developed under: set"
                            + " contractNumbers to them, or to none when it was not developed under a contract");
                    return;
                }
                boolean none = numbers.size() == 1 && numbers.get(0).equalsIgnoreCase("none");
                out.put("contractNumber", JsonBuilder.strings(none ? List.of() : numbers));
                settled.add(field);
            }

            private void feedbackMechanism(JsonBuilder out) {
                String field = "/feedbackMechanism";
                String url = null;
                if (settings.feedbackMechanism() != null) {
                    provenance.put(field, Source.setting("feedbackMechanism"));
                    url = credentialFree(settings.feedbackMechanism(), field, Source.setting("feedbackMechanism"));
                } else if (facts.issueManagementUrl() != null && !facts.issueManagementUrl().isBlank()) {
                    provenance.put(field, Source.pom("issueManagement/url"));
                    url = credentialFree(facts.issueManagementUrl().strip(), field, Source.pom("issueManagement/url"));
                } else {
                    provenance.put(field, Source.setting("feedbackMechanism"));
                    missing(field, "feedbackMechanism", "give where the community gives feedback, such as the issues page:"
                            + " set <issueManagement><url> in the POM, or feedbackMechanism");
                    return;
                }
                out.put("feedbackMechanism", url);
                settled.add(field);
            }

            /** A required member without a source is an error, unless the overlay gives it. */
            private void missing(String field, String setting, String what) {
                if (present(settings.overlay() == null ? null : settings.overlay().patch(), field)) {
                    return;
                }
                problems.add(new GenerationProblem(Severity.ERROR, "generate.shareit-value-missing", field, Source.setting(setting),
                        "SHARE IT requires " + field.substring(1) + ": " + what));
            }

            /** A value the conversion could not derive, unless a setting or the overlay has given it since. */
            private void toFill(Diagnostic v, JsonValue.JsonObject migrated, JsonValue.JsonObject repository) {
                if (!v.pointer().startsWith(RELEASE + "/")) {
                    return;
                }
                String pointer = v.pointer().substring(RELEASE.length());
                boolean given = settled.stream().anyMatch(s -> pointer.equals(s) || pointer.startsWith(s + "/"))
                        || !present(migrated, pointer) && present(repository, pointer);
                boolean reported = problems.stream().anyMatch(p -> p.isError() && p.pointer().equals(pointer));
                if (given || reported) {
                    return;
                }
                Source source = sourceOf(pointer);
                String message = source.kind() == Source.Kind.DERIVED
                        ? v.message() + "; it cannot be derived from " + source.name() + ", so give it in the overlay file"
                        : v.message();
                problems.add(new GenerationProblem(v.severity(), v.severity() == Severity.ERROR
                        ? "generate.shareit-unmapped" : "generate.shareit-review", pointer, source, message));
            }

            private Source sourceOf(String pointer) {
                List<String> tokens = JsonPointer.tokens(pointer);
                for (int n = tokens.size(); n > 0; n--) {
                    String prefix = "";
                    for (int i = 0; i < n; i++) {
                        prefix = JsonPointer.append(prefix, tokens.get(i));
                    }
                    Source s = provenance.get(prefix);
                    if (s != null) {
                        return s;
                    }
                }
                return Source.derived("the conversion of the code.gov 2.0.0 release");
            }
        }
    }

    /** {@return whether a value other than null is at the pointer} */
    private static boolean present(JsonValue root, String pointer) {
        return root != null && JsonPointer.resolve(root, pointer).filter(v -> !(v instanceof JsonValue.JsonNull)).isPresent();
    }

    /**
     * Parses a reproducible-build timestamp the way Maven does: all digits are epoch seconds,
     * anything else ISO 8601 with an offset.
     *
     * @param timestamp the value of {@code project.build.outputTimestamp}
     * @return the date in UTC, or empty when it cannot be parsed
     */
    public static Optional<LocalDate> parseTimestamp(String timestamp) {
        try {
            if (timestamp.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(timestamp)).atOffset(ZoneOffset.UTC).toLocalDate());
            }
            return Optional.of(OffsetDateTime.parse(timestamp).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Pattern groupIdPattern(String glob) {
        // "gov.*" means gov itself and everything below it, as agencies name their groupIds.
        if (glob.endsWith(".*")) {
            String base = glob.substring(0, glob.length() - 2);
            return Pattern.compile(globToRegex(base) + "(\\..*)?");
        }
        return Pattern.compile(globToRegex(glob));
    }

    private static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(".*");
            }
            b.append(Pattern.quote(parts[i]));
        }
        return b.toString();
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    private static String stripMailto(String address) {
        return address.regionMatches(true, 0, "mailto:", 0, 7) ? address.substring(7) : address;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
