package gov.ca.code.codejson.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.generate.Generation;
import gov.ca.code.codejson.generate.Finding;
import gov.ca.code.codejson.generate.ProjectFact;
import gov.ca.code.codejson.generate.Setting;
import gov.ca.code.codejson.json.JsonPointer;

/**
 * Says the generator's and validation's messages in the words of a repository scan.
 *
 * <p>The generator names what to change as an element of the project model ({@code description},
 * {@code scm/url}) or a setting ({@code usageType}), the words of a Maven build. A scanned
 * repository has other inputs: its manifests, its license file, its {@code origin} remote, its
 * history and the overlay. Each message therefore gets the file and field of this repository that
 * gives the value (the first manifest it has, in the order of {@link Manifests#FILES}, such as
 * {@code description in package.json}), or the overlay setting; the few messages that explain a
 * Maven build's input are said again for a repository.
 */
final class ScanMessages {

    /** What a manifest field gives, by the name the generator uses for the project model's element. */
    private enum Fact {
        NAME, VERSION, DESCRIPTION, LICENSE, HOMEPAGE, TAGS, CONTACT
    }

    /** The field of each manifest for each fact, in the order in which the manifests win. */
    private static final Map<String, Map<Fact, String>> FIELDS = new LinkedHashMap<>();

    static {
        fields("publiccode.yml", "name", "softwareVersion", "description.en.shortDescription", "legal.license",
                "landingURL", "categories", "maintenance.contacts");
        fields("publiccode.yaml", "name", "softwareVersion", "description.en.shortDescription", "legal.license",
                "landingURL", "categories", "maintenance.contacts");
        fields("package.json", "name", "version", "description", "license", "homepage", "keywords", "author");
        fields("pyproject.toml", "project.name", "project.version", "project.description", "project.license",
                "project.urls.Homepage", "project.keywords", "project.authors");
        fields("Cargo.toml", "package.name", "package.version", "package.description", "package.license",
                "package.homepage", "package.keywords", "package.authors");
        fields("composer.json", "name", "version", "description", "license", "homepage", "keywords", "authors");
        fields("setup.cfg", "metadata.name", "metadata.version", "metadata.description", "metadata.license",
                "metadata.url", "metadata.keywords", "metadata.author_email");
        fields("DESCRIPTION", "Package", "Version", "Description", "License", "URL", null, "Maintainer");
        fields("pom.xml", "<name>", "<version>", "<description>", "<licenses><license><name>", "<url>", null,
                "<developers><developer><email>");
    }

    /**
     * Phrases of the generator's messages that explain a Maven build's input, and how a scan says
     * them; the rest of each message is kept.
     */
    private static final Map<String, String> PHRASES = Map.of(
            "set the issue tracker URL of the project, or feedbackMechanism", "set feedbackMechanism",
            "which the POM cannot tell", "which the repository cannot tell",
            " of the compile source roots", "",
            "the files in the compile source roots", "the repository's files");

    private final String repository;
    private final String overlay;
    private final List<String> manifests;
    /** Whether the history could not be read, so that a missing date is not said to be a missing commit. */
    private final boolean historyDamaged;

    /**
     * @param repository the repository's folder name, as the overlay names it
     * @param overlay the overlay's name
     * @param manifests the manifests the repository has, in precedence order
     */
    ScanMessages(String repository, String overlay, List<String> manifests) {
        this(repository, overlay, manifests, false);
    }

    /**
     * @param repository the repository's folder name, as the overlay names it
     * @param overlay the overlay's name
     * @param manifests the manifests the repository has, in precedence order
     * @param historyDamaged whether the git history could not be read
     */
    ScanMessages(String repository, String overlay, List<String> manifests, boolean historyDamaged) {
        this.repository = repository;
        this.overlay = overlay;
        this.manifests = List.copyOf(manifests);
        this.historyDamaged = historyDamaged;
    }

    private static void fields(String file, String name, String version, String description, String license,
            String homepage, String tags, String contact) {
        Map<Fact, String> f = new LinkedHashMap<>();
        f.put(Fact.NAME, name);
        f.put(Fact.VERSION, version);
        f.put(Fact.DESCRIPTION, description);
        f.put(Fact.LICENSE, license);
        f.put(Fact.HOMEPAGE, homepage);
        if (tags != null) {
            f.put(Fact.TAGS, tags);
        }
        f.put(Fact.CONTACT, contact);
        FIELDS.put(file, f);
    }

    /** {@return every message of a generation, the generator's first, then validation's} */
    List<Diagnostic> translate(Generation generation) {
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : generation.findings()) {
            out.add(problem(f));
        }
        for (Diagnostic v : generation.violations()) {
            Hint hint = forPointer(v.pointer());
            out.add(new Diagnostic(hint.file(), Location.UNKNOWN, Subject.pointer(v.pointer()), v.rule(), v.severity(),
                    hint.append(reworded(v.message()))));
        }
        return out;
    }

    /**
     * {@return a setting of the overlay whose value cannot be used, said in the overlay's words}
     *
     * @param d the diagnostic of parsing the settings, which names the setting
     * @param pointer where the overlay holds the value, or {@code ""} when the scan itself set it
     */
    Diagnostic unusableSetting(Diagnostic d, String pointer) {
        String key = d.subject() instanceof Subject.Of of ? of.input().key() : "";
        return new Diagnostic(overlay, Location.UNKNOWN, Subject.pointer(pointer), d.rule(), d.severity(),
                setting(key).append(d.message()));
    }

    private Diagnostic problem(Finding f) {
        Diagnostic d = f.diagnostic();
        String message = switch (d.rule()) {
            case "generate.dates-unknown" -> historyDamaged
                    ? "the git history cannot be read, so date.created and date.lastModified are left out; repair the"
                            + " repository, or give date in the overlay's release"
                    : "the repository has no commit yet, so date.created and date.lastModified are"
                            + " left out; commit, or give date in the overlay's release";
            case "generate.metadata-date-unknown" -> historyDamaged
                    ? "date.metadataLastUpdated is the day of the last commit, and the git history cannot be read, so it"
                            + " is left out; repair the repository to write it"
                    : "date.metadataLastUpdated is the day of the last commit, and the"
                            + " repository has no commit yet, so it is left out; commit to write it";
            default -> reworded(d.message());
        };
        boolean setting = d.subject() instanceof Subject.Of of && of.input() instanceof Setting;
        boolean fromOverlay = !d.file().isEmpty();
        // A message that reports what was done needs no hint, unless it says what to set to do otherwise.
        boolean quiet = d.severity() == Severity.INFO && !setting;
        Hint hint;
        if (quiet) {
            hint = Hint.NONE;
        } else if (fromOverlay) {
            hint = new Hint(d.file(), "");
        } else if (d.subject() instanceof Subject.Of of && of.input() instanceof ProjectFact fact) {
            hint = forElement(fact.key());
        } else if (setting) {
            hint = d.rule().startsWith("generate.dates-") || d.rule().startsWith("generate.metadata-date-")
                    ? Hint.NONE : setting(((Subject.Of) d.subject()).input().key());
        } else {
            hint = Hint.NONE;
        }
        return new Diagnostic(hint.file(), fromOverlay ? d.location() : Location.UNKNOWN, Subject.pointer(f.field()), d.rule(),
                d.severity(), hint.append(message));
    }

    private static String reworded(String message) {
        String text = message;
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    /** The file and field that give a project model element of the generator, for this repository. */
    private Hint forElement(String element) {
        if (element.equals("name") || element.equals("artifactId")) {
            return fact(Fact.NAME);
        }
        if (element.equals("version")) {
            return fact(Fact.VERSION);
        }
        if (element.equals("description")) {
            return fact(Fact.DESCRIPTION);
        }
        if (element.startsWith("licenses")) {
            return fact(Fact.LICENSE);
        }
        if (element.equals("url")) {
            return fact(Fact.HOMEPAGE);
        }
        if (element.startsWith("developers") || element.startsWith("mailingLists")) {
            return fact(Fact.CONTACT);
        }
        if (element.startsWith("scm")) {
            return new Hint(".git/config", "point the origin remote at the hosted repository (git remote set-url origin"
                    + " URL), or give repositoryURL in the overlay's release");
        }
        if (element.startsWith("issueManagement")) {
            return setting("feedbackMechanism");
        }
        if (element.startsWith("properties/")) {
            return new Hint(".git", "it is the day of the last commit");
        }
        return Hint.NONE;
    }

    /** The file and field that give the value at a pointer of the generated entry, for this repository. */
    private Hint forPointer(String pointer) {
        List<String> tokens = JsonPointer.tokens(pointer);
        int start = tokens.size() >= 2 && tokens.get(0).equals("releases") ? 2 : 0;
        String field = tokens.size() > start ? tokens.get(start) : "";
        return switch (field) {
            case "name" -> fact(Fact.NAME);
            case "version" -> fact(Fact.VERSION);
            case "description" -> fact(Fact.DESCRIPTION);
            case "homepageURL" -> fact(Fact.HOMEPAGE);
            case "tags" -> fact(Fact.TAGS);
            case "contact" -> fact(Fact.CONTACT);
            case "permissions" -> tokens.size() > start + 1 && tokens.get(start + 1).equals("licenses") ? fact(Fact.LICENSE)
                    : new Hint(overlay, "give it in the overlay, under defaults or repositories." + repository);
            case "repositoryURL" -> forElement("scm/url");
            case "date" -> new Hint(".git", "the dates are those of the first and the last commit");
            // An overlay setting, such as the inventory's agency, is set as one, not as a field of the release.
            default -> ScanOverlay.KEYS.contains(field) ? setting(field)
                    : new Hint(overlay, "give it in the overlay's release, under defaults or repositories." + repository);
        };
    }

    /** A fact from the first manifest the repository has that can say it, or which manifests can. */
    private Hint fact(Fact fact) {
        String overlayToo = fact == Fact.LICENSE ? "; or add the license's text as LICENSE"
                : fact == Fact.DESCRIPTION ? "; or write a first paragraph in README.md"
                : "; or give it in the overlay's release";
        for (String file : manifests) {
            String key = FIELDS.getOrDefault(file, Map.of()).get(fact);
            if (key != null) {
                return new Hint(file, "set " + key + " in " + file + overlayToo);
            }
        }
        if (!manifests.isEmpty()) {
            // The repository's manifests have no field for it (R's DESCRIPTION has no keywords).
            return new Hint(overlay, "give it in the overlay's release, under defaults or repositories." + repository);
        }
        List<String> examples = new ArrayList<>();
        for (String file : List.of("package.json", "pyproject.toml", "Cargo.toml")) {
            examples.add(FIELDS.get(file).get(fact) + " in " + file);
        }
        return new Hint("", "the repository has no manifest that says it: add one, such as "
                + String.join(", ", examples) + overlayToo);
    }

    /** An overlay setting, or a field of the overlay's release when the overlay has no such setting. */
    private Hint setting(String name) {
        return new Hint(overlay, (ScanOverlay.KEYS.contains(name) ? "set " + name + " in the overlay"
                : "give " + name + " in the overlay's release") + ", under defaults or repositories." + repository);
    }

    /**
     * What to change, and where.
     *
     * @param file the file to change, relative to the repository, the overlay's name, or {@code ""}
     * @param text what to do there, or {@code ""}
     */
    private record Hint(String file, String text) {
        static final Hint NONE = new Hint("", "");

        String append(String message) {
            return text.isEmpty() ? message : message + " (" + text + ")";
        }
    }
}
