package gov.ca.code.codejson.scan;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.generate.GenerationSettings;
import gov.ca.code.codejson.generate.Generator;
import gov.ca.code.codejson.generate.Overlay;
import gov.ca.code.codejson.generate.ProjectFacts;
import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.generate.Source;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * Derives a code.json entry for each git checkout, in any language, and says where each field
 * came from.
 *
 * <p>One repository is read from its manifests ({@link Manifests}), its license file (matched
 * against the SPDX License List by text), its source files (the project's SLOC count and COCOMO II
 * estimate, vendored and generated files left out), its git history and {@code origin} remote
 * (credentials removed), a committed {@code code.json} (whose fields win over derived ones) and the
 * {@link ScanOverlay} (whose settings win over everything). The entry is then built and validated
 * by the project's {@link Generator}, as the Maven plugin does for a POM.
 *
 * <p>Instances are immutable and may scan several repositories at once.
 */
public final class RepositoryScanner {

    private static final List<String> READMES = List.of("README.md", "README.markdown", "README.rst", "README.txt", "README");

    private final String family;
    private final ScanOverlay overlay;

    /**
     * Creates a scanner.
     *
     * @param family the family to write, {@code codegov-2.0.0} or {@code shareit-2.0.0}; null for code.gov 2.0.0
     * @param overlay the hand-kept settings, or {@link ScanOverlay#NONE}
     */
    public RepositoryScanner(String family, ScanOverlay overlay) {
        this.family = family == null ? Family.CODEGOV_2_0_0.id() : family;
        this.overlay = Objects.requireNonNull(overlay, "overlay");
    }

    /**
     * Expands the paths given by the user into checkouts, as {@link #checkouts(List, Consumer)}
     * does, with its warnings dropped.
     *
     * @param paths the paths, each a checkout or a folder of checkouts
     * @return the checkouts, each folder's sorted by name
     * @throws IllegalArgumentException when a path is neither, saying which
     * @throws IOException when a folder cannot be listed
     */
    public static List<Path> checkouts(List<Path> paths) throws IOException {
        return checkouts(paths, warning -> { });
    }

    /**
     * Expands the paths given by the user into checkouts: a path holding {@code .git} is one, and
     * otherwise each direct sub-folder holding {@code .git} is one. A sub-folder that is a symbolic
     * link out of the folder is not followed, as no file that leads out of a folder given is read:
     * a folder of checkouts holds its checkouts. A checkout met twice (given twice, through two
     * paths, or given and inside a folder given) is scanned once, the second time told.
     *
     * @param paths the paths, each a checkout or a folder of checkouts
     * @param warnings told one line for each sub-folder skipped, naming it
     * @return the checkouts, each folder's sorted by name
     * @throws IllegalArgumentException when a path is neither, saying which
     * @throws IOException when a folder cannot be listed
     */
    public static List<Path> checkouts(List<Path> paths, Consumer<String> warnings) throws IOException {
        List<Path> found = new ArrayList<>();
        Map<Path, Path> byRealPath = new HashMap<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                throw new IllegalArgumentException(path + " is not a folder; give a git checkout or a folder of checkouts");
            }
            if (GitFacts.isCheckout(path)) {
                addOnce(path, found, byRealPath, warnings);
                continue;
            }
            List<Path> children = new ArrayList<>();
            List<Path> linkedOut = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path child : entries) {
                    if (Files.isDirectory(child) && GitFacts.isCheckout(child)) {
                        if (FileNames.leadsOut(path, child)) {
                            linkedOut.add(child);
                        } else {
                            children.add(child);
                        }
                    }
                }
            }
            linkedOut.sort(null);
            for (Path child : linkedOut) {
                warnings.accept(FileNames.quote(child) + " is a symbolic link out of " + FileNames.quote(path)
                        + "; not followed (give the checkout it leads to as a PATH of its own to scan it)");
            }
            if (children.isEmpty() && linkedOut.isEmpty()) {
                throw new IllegalArgumentException(path + " is not a git checkout and holds none; give a folder with .git"
                        + " or a folder whose sub-folders have one");
            }
            children.sort(null);
            for (Path child : children) {
                addOnce(child, found, byRealPath, warnings);
            }
        }
        return found;
    }

    /** Adds a checkout unless its real path was added already, as a path given twice or inside a folder also given. */
    private static void addOnce(Path checkout, List<Path> found, Map<Path, Path> byRealPath, Consumer<String> warnings)
            throws IOException {
        Path first = byRealPath.putIfAbsent(checkout.toRealPath(), checkout);
        if (first == null) {
            found.add(checkout);
        } else {
            warnings.accept(FileNames.quote(checkout) + " is the checkout " + FileNames.quote(first)
                    + " again; it is scanned once");
        }
    }

    /**
     * The name a checkout is scanned under, which the overlay's {@code repositories} use.
     *
     * @param checkout the checkout
     * @return its folder name
     */
    public static String name(Path checkout) {
        Path fileName = checkout.toAbsolutePath().normalize().getFileName();
        return fileName == null ? "repository" : fileName.toString();
    }

    /**
     * Scans checkouts in parallel on the available processors.
     *
     * @param checkouts the checkouts
     * @param progress told a line after each repository, such as {@code [2/5] billing}
     * @return the results in the order of {@code checkouts}
     */
    public List<ScannedRepository> scanAll(List<Path> checkouts, Consumer<String> progress) {
        int threads = Math.max(1, Math.min(checkouts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ScannedRepository>> futures = new ArrayList<>();
            for (Path checkout : checkouts) {
                futures.add(pool.submit(() -> {
                    ScannedRepository result = scan(checkout);
                    synchronized (progress) {
                        progress.accept("[" + done.incrementAndGet() + "/" + checkouts.size() + "] " + result.name());
                    }
                    return result;
                }));
            }
            List<ScannedRepository> results = new ArrayList<>();
            for (Future<ScannedRepository> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the scan failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Scans one checkout.
     *
     * @param checkout the folder holding {@code .git}
     * @return the entry, its provenance and the problems found
     */
    public ScannedRepository scan(Path checkout) {
        return new Run(checkout).run();
    }

    /** The state of one repository's scan. */
    private final class Run {
        private final Path checkout;
        private final String name;
        private final List<Diagnostic> problems = new ArrayList<>();
        /** Origins of the facts handed to the generator, by the generator's element name. */
        private final Map<String, Origin> elements = new HashMap<>();
        /** Origins of the settings, by setting name. */
        private final Map<String, Origin> settingOrigins = new HashMap<>();
        private final List<Origin> licenseOrigins = new ArrayList<>();
        /** For each pointer of the combined release patch, the file and pointer it came from. */
        private final Map<String, Origin> patchOrigins = new HashMap<>();
        private SourceFiles.Selection selection = new SourceFiles.Selection(List.of(), List.of());

        Run(Path checkout) {
            this.checkout = checkout;
            this.name = name(checkout);
        }

        ScannedRepository run() {
            GitFacts git = GitFacts.read(checkout);
            if (git.damaged() != null) {
                problems.add(new Diagnostic(".git", Location.UNKNOWN, Subject.FILE, "scan.history-unreadable", Severity.WARNING,
                        git.reason() + ", so the dates are left out; repair it (git fsck) or clone it again, or give date in"
                                + " the overlay's release"));
            } else if (git.reason() != null) {
                problems.add(new Diagnostic(".git", Location.UNKNOWN, Subject.FILE, "scan.history-missing", Severity.INFO,
                        git.reason() + ", so the dates are left out; commit, or set them in the entry"));
            }
            if (git.shallow() && git.created() != null) {
                problems.add(new Diagnostic(".git/shallow", Location.UNKNOWN, Subject.FILE, "scan.history-shallow", Severity.WARNING,
                        "the clone is shallow, so date.created (" + git.created() + ") is the day of the oldest commit"
                                + " fetched, not of the first commit; fetch the whole history (git fetch --unshallow) or give"
                                + " date.created in the overlay's release"));
            }
            Manifests.Outcome manifests = Manifests.read(checkout);
            problems.addAll(manifests.problems());
            try {
                selection = SourceFiles.select(checkout, git.trackedFiles());
            } catch (IOException e) {
                problems.add(new Diagnostic("", Location.UNKNOWN, Subject.FILE, "scan.files-unreadable", Severity.WARNING,
                        "the files could not be listed (" + FileNames.reason(e) + "); no source lines are counted"));
            }
            ProjectFacts facts = facts(manifests.manifests(), git);
            GenerationSettings settings = settings(manifests.manifests());
            gov.ca.code.codejson.generate.Generation generation = new Generator().generate(facts, settings);
            List<String> manifestFiles = manifests.manifests().stream().map(ManifestFacts::file).toList();
            return new ScannedRepository(name, checkout.toString().replace(File.separatorChar, '/'), generation,
                    fields(generation), selection.excluded().stream()
                    .map(e -> new ScannedRepository.Excluded(e.path(), e.rule())).toList(), problems,
                    new ScanMessages(name, overlay.name(), manifestFiles, git.damaged() != null).translate(generation));
        }

        private ProjectFacts facts(List<ManifestFacts> manifests, GitFacts git) {
            ManifestFacts.Found projectName = first(manifests, ManifestFacts::name);
            ManifestFacts.Found version = first(manifests, ManifestFacts::version);
            ManifestFacts.Found description = first(manifests, ManifestFacts::description);
            ManifestFacts.Found homepage = first(manifests, ManifestFacts::homepage);
            record(projectName, "name");
            record(version, "version");
            record(homepage, "url");
            elements.put("artifactId", new Origin(name, "", "the folder name"));
            elements.put("licenses", new Origin("", "", "the license files, else the manifests; each license says which"));
            String descriptionText = description == null ? null : description.value();
            if (description != null) {
                elements.put("description", description.origin());
            } else {
                ManifestFacts.Found readme = readmeParagraph();
                if (readme != null) {
                    descriptionText = readme.value();
                    elements.put("description", readme.origin());
                }
            }
            List<ProjectFacts.Developer> developers = new ArrayList<>();
            for (ManifestFacts m : manifests) {
                for (ManifestFacts.Person p : m.contacts()) {
                    if (p.email() != null && developers.isEmpty()) {
                        developers.add(new ProjectFacts.Developer(p.name(), p.email(), null));
                        elements.put("developers/developer/email", p.origin());
                        elements.put("developers/developer/name", p.origin());
                    }
                }
            }
            ProjectFacts.Scm scm = ProjectFacts.Scm.NONE;
            if (git.originUrl() != null) {
                Origin remote = new Origin(".git/config", "remote.origin.url",
                        RemoteUrls.hasCredentials(git.originUrl()) ? "credentials removed" : "");
                if (RemoteUrls.hasCredentials(git.originUrl())) {
                    problems.add(new Diagnostic(".git/config", Location.UNKNOWN, Subject.FILE, "scan.remote-credentials", Severity.WARNING,
                            "the origin remote carries a user name, password or token; it was left out of the entry, but"
                                    + " remove it from the remote (git remote set-url origin URL) and revoke it if it was real"));
                }
                Optional<String> web = RemoteUrls.webUrl(git.originUrl());
                if (web.isPresent()) {
                    scm = new ProjectFacts.Scm(web.get(), null, null);
                    elements.put("scm/url", remote);
                } else {
                    problems.add(new Diagnostic(".git/config", Location.UNKNOWN, Subject.FILE, "scan.remote-not-web", Severity.WARNING,
                            "the origin remote is not a network address, so repositoryURL is left out; set it in the overlay"
                                    + " release or point origin at the hosted repository"));
                }
            }
            ProjectFacts.History history = null;
            String timestamp = null;
            if (git.created() != null) {
                history = new ProjectFacts.History(git.created(), git.lastModified(), "the git history");
                timestamp = git.lastModified() + "T00:00:00Z";
                elements.put("properties/project.build.outputTimestamp", new Origin(".git", "HEAD", "the date of the last commit"));
            }
            return new ProjectFacts(null, name, version == null ? null : version.value(),
                    projectName == null ? null : projectName.value(), descriptionText, homepage == null ? null : homepage.value(),
                    null, scm, licenses(manifests), developers, List.of(), null,
                    selection.counted().stream().map(checkout::resolve).toList(), List.of(), timestamp, history, checkout);
        }

        private List<ProjectFacts.LicenseFact> licenses(List<ManifestFacts> manifests) {
            List<ProjectFacts.LicenseFact> licenses = new ArrayList<>();
            try {
                for (String file : LicenseTexts.files(checkout, problems)) {
                    LicenseTexts.Finding finding = LicenseTexts.match(checkout, file);
                    if (finding.matched()) {
                        if (licenses.stream().noneMatch(l -> l.name().equals(finding.spdxId()))) {
                            licenses.add(new ProjectFacts.LicenseFact(finding.spdxId(), null));
                            licenseOrigins.add(new Origin(file, "", finding.how() + " match, SPDX License List "
                                    + LicenseTexts.listVersion()));
                        }
                    } else {
                        problems.add(new Diagnostic(file, Location.UNKNOWN, Subject.FILE, "scan.license-unmatched", Severity.WARNING,
                                "the text of " + file + " " + finding.how() + ", so it is not listed; write its SPDX"
                                        + " identifier in a manifest's license field or in the overlay release"));
                    }
                }
            } catch (IOException e) {
                problems.add(new Diagnostic("", Location.UNKNOWN, Subject.FILE, "scan.license-unreadable", Severity.WARNING,
                        "a license file could not be read (" + e.getClass().getSimpleName() + ")"));
            }
            ManifestFacts.Found declared = first(manifests, ManifestFacts::license);
            if (licenses.isEmpty() && declared != null) {
                licenses.add(new ProjectFacts.LicenseFact(declared.value(), null));
                licenseOrigins.add(declared.origin());
            }
            return licenses;
        }

        private GenerationSettings settings(List<ManifestFacts> manifests) {
            GenerationSettings.Builder b = GenerationSettings.builder().set(Setting.FAMILY, family).set(Setting.VCS, "git");
            settingOrigins.put("vcs", new Origin(".git", "", "a git checkout"));
            for (ManifestFacts m : manifests) {
                if (!m.tags().isEmpty()) {
                    b.set(Setting.TAGS, m.tags().stream().map(ManifestFacts.Found::value).distinct().toList());
                    settingOrigins.put("tags", m.tags().get(0).origin());
                    break;
                }
            }
            for (Setting s : List.of(Setting.AGENCY, Setting.ORGANIZATION, Setting.USAGE_TYPE, Setting.EXEMPTION_TEXT,
                    Setting.STATUS, Setting.CONTACT_EMAIL, Setting.CONTACT_NAME, Setting.CONTACT_URL, Setting.HOMEPAGE_URL,
                    Setting.DISCLAIMER_URL, Setting.REPOSITORY_VISIBILITY, Setting.MAINTENANCE, Setting.SBOM,
                    Setting.FEEDBACK_MECHANISM, Setting.AI_USE_CASE_ID)) {
                b.set(s, setting(s.key()));
            }
            b.set(Setting.REUSE_FORKS, count("reuseForks")).set(Setting.REUSE_CLONES, count("reuseClones"));
            String contracts = setting("contractNumbers");
            if (contracts != null) {
                b.set(Setting.CONTRACT_NUMBERS, List.of(contracts.split(",")));
            }
            JsonValue.JsonObject patch = committedPatch();
            for (Map.Entry<String, JsonValue.JsonObject> p : overlay.releasePatches(name)) {
                recordPatch(p.getValue(), "", overlay.name(), p.getKey());
                patch = mergePatches(patch, p.getValue());
            }
            if (!patch.members().isEmpty()) {
                b.overlay(new Overlay("the kept fields", patch));
            }
            GenerationSettings.Parsed parsed = b.parse();
            ScanMessages messages = new ScanMessages(name, overlay.name(), List.of());
            for (Diagnostic d : parsed.diagnostics()) {
                Origin origin = d.subject() instanceof Subject.Of of ? settingOrigins.get(of.input().key()) : null;
                problems.add(messages.unusableSetting(d, origin == null ? "" : origin.key()));
            }
            return parsed.settings();
        }

        private String count(String key) {
            String value = setting(key);
            if (value == null) {
                return null;
            }
            try {
                return Long.valueOf(value.strip()).toString();
            } catch (NumberFormatException e) {
                problems.add(new Diagnostic(overlay.name(), Location.UNKNOWN, Subject.FILE, "scan.overlay-not-a-count", Severity.ERROR,
                        key + " is \"" + value + "\" in the overlay; write a whole number such as \"0\""));
                return null;
            }
        }

        private String setting(String key) {
            ScanOverlay.Setting s = overlay.setting(name, key);
            if (s == null) {
                return null;
            }
            settingOrigins.put(key, Origin.of(overlay.name(), s.pointer()));
            return s.value();
        }

        /** The fields of a committed code.json of the same family, which win over derived ones. */
        private JsonValue.JsonObject committedPatch() {
            JsonValue.JsonObject empty = new JsonValue.JsonObject(List.of(), Location.UNKNOWN);
            Path file = RepositoryFiles.readable(checkout, "code.json", problems);
            if (file == null) {
                return empty;
            }
            Document committed;
            try {
                committed = new CodeJson().read(file);
            } catch (JsonReadException e) {
                problems.add(new Diagnostic("code.json", e.location(), Subject.FILE, "scan.codejson-unreadable", Severity.WARNING,
                        "the committed code.json cannot be read (" + e.reason() + "); its fields are not kept"));
                return empty;
            }
            if (!committed.family().id().equals(family) || !(committed.source().root() instanceof JsonValue.JsonObject root)) {
                problems.add(new Diagnostic("code.json", Location.UNKNOWN, Subject.FILE, "scan.codejson-other-family", Severity.WARNING,
                        "the committed code.json is " + committed.family().id() + ", not " + family
                                + ", so its fields are not kept; convert it with codejson migrate"));
                return empty;
            }
            if (family.equals(Family.SHAREIT_2_0_0.id())) {
                recordPatch(root, "", "code.json", "");
                return root;
            }
            if (root.get("releases").orElse(null) instanceof JsonValue.JsonArray releases && !releases.elements().isEmpty()
                    && releases.elements().get(0) instanceof JsonValue.JsonObject release) {
                recordPatch(release, "", "code.json", "/releases/0");
                return release;
            }
            return empty;
        }

        private void recordPatch(JsonValue value, String pointer, String file, String filePointer) {
            if (!pointer.isEmpty()) {
                patchOrigins.put(pointer, Origin.of(file, filePointer + pointer));
            }
            if (value instanceof JsonValue.JsonObject object) {
                for (JsonValue.Member m : object.members()) {
                    recordPatch(m.value(), JsonPointer.append(pointer, m.name()), file, filePointer);
                }
            } else if (value instanceof JsonValue.JsonArray array) {
                for (int i = 0; i < array.elements().size(); i++) {
                    recordPatch(array.elements().get(i), JsonPointer.append(pointer, i), file, filePointer);
                }
            }
        }

        private ManifestFacts.Found readmeParagraph() {
            for (String readme : READMES) {
                Path file = RepositoryFiles.readable(checkout, readme, problems);
                if (file == null) {
                    continue;
                }
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue;
                }
                String paragraph = firstParagraph(text);
                if (paragraph != null) {
                    return new ManifestFacts.Found(paragraph, new Origin(readme, "", "the first paragraph"));
                }
            }
            return null;
        }

        private void record(ManifestFacts.Found found, String element) {
            if (found != null) {
                elements.put(element, found.origin());
            }
        }

        /**
         * Every field of the entry that has a value, in pointer order, with its origin. An object
         * with no file of its own (such as {@code contact}) is left out: its members are listed.
         */
        private List<ScannedRepository.Field> fields(gov.ca.code.codejson.generate.Generation generation) {
            JsonValue root = generation.document().source().root();
            TreeMap<String, Origin> sorted = new TreeMap<>();
            for (Map.Entry<String, Source> e : generation.provenance().entrySet()) {
                Optional<JsonValue> value = JsonPointer.resolve(root, e.getKey());
                if (value.isEmpty() || e.getValue().kind() == Source.Kind.OVERLAY && e.getValue().name().isEmpty()) {
                    continue;
                }
                Origin origin = origin(e.getKey(), e.getValue());
                if (!(value.get() instanceof JsonValue.JsonObject) || !origin.file().isEmpty()) {
                    sorted.put(e.getKey(), origin);
                }
            }
            return sorted.entrySet().stream().map(e -> new ScannedRepository.Field(e.getKey(), e.getValue())).toList();
        }

        private Origin origin(String pointer, Source source) {
            return switch (source.kind()) {
                case FACT -> {
                    if (source.name().equals(gov.ca.code.codejson.generate.ProjectFact.LICENSE.key())) {
                        int index = licenseIndex(pointer);
                        yield index >= 0 && index < licenseOrigins.size() ? licenseOrigins.get(index) : new Origin("", "", "license files and manifests");
                    }
                    Origin o = elements.get(source.name());
                    yield o == null ? new Origin("", "", "not found in the repository") : o;
                }
                case SETTING -> {
                    Origin o = settingOrigins.get(source.name());
                    yield o == null ? new Origin("", "", "the default or an inference; the messages say which, set "
                            + source.name() + " to choose") : o;
                }
                case OVERLAY -> {
                    Origin o = patchOrigins.get(source.name());
                    yield o == null ? Origin.of(overlay.name(), source.name()) : o;
                }
                case DERIVED -> derived(source.name());
            };
        }

        private Origin derived(String what) {
            if (what.startsWith("the git history")) {
                return new Origin(".git", "HEAD", "the first and the last commit");
            }
            if (what.startsWith("the files")) {
                return new Origin("", "", selection.counted().size() + " files measured, " + selection.excluded().size()
                        + " vendored or generated files left out");
            }
            return new Origin("", "", what);
        }

        private static int licenseIndex(String pointer) {
            List<String> tokens = JsonPointer.tokens(pointer);
            String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
            return last.chars().allMatch(Character::isDigit) && !last.isEmpty() ? Integer.parseInt(last) : -1;
        }
    }

    private static ManifestFacts.Found first(List<ManifestFacts> manifests, java.util.function.Function<ManifestFacts, ManifestFacts.Found> field) {
        for (ManifestFacts m : manifests) {
            ManifestFacts.Found f = field.apply(m);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Applies a merge patch to another patch: objects merge member by member, anything else replaces. */
    static JsonValue.JsonObject mergePatches(JsonValue.JsonObject base, JsonValue.JsonObject over) {
        Map<String, JsonValue.Member> members = new LinkedHashMap<>();
        for (JsonValue.Member m : base.members()) {
            members.put(m.name(), m);
        }
        for (JsonValue.Member m : over.members()) {
            JsonValue.Member old = members.get(m.name());
            if (old != null && old.value() instanceof JsonValue.JsonObject a && m.value() instanceof JsonValue.JsonObject b) {
                members.put(m.name(), new JsonValue.Member(m.name(), mergePatches(a, b), m.location()));
            } else {
                members.put(m.name(), m);
            }
        }
        return new JsonValue.JsonObject(List.copyOf(members.values()), base.location());
    }

    /**
     * The first paragraph of a README: the first run of text lines that is not a heading, a badge,
     * an HTML tag or a reStructuredText directive, with links reduced to their text.
     *
     * @param text the README's text
     * @return the paragraph on one line, or null when there is none
     */
    static String firstParagraph(String text) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
                if (!lines.isEmpty()) {
                    break;
                }
                continue;
            }
            if (line.matches("^[=\\-~^]{3,}$")) {
                // The underline of a setext heading: the line above was the title, not text.
                lines.clear();
                continue;
            }
            boolean skip = fenced || line.startsWith("#") || line.startsWith("<") || line.startsWith("[![")
                    || line.startsWith("![") || line.startsWith("..")
                    || line.startsWith("|") || line.startsWith(">");
            if (line.isEmpty() || skip) {
                if (!lines.isEmpty()) {
                    break;
                }
                continue;
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            return null;
        }
        String paragraph = MarkupLinks.unlink(String.join(" ", lines));
        return paragraph.replace("**", "").replace("`", "").replaceAll("\\s+", " ").strip();
    }
}
