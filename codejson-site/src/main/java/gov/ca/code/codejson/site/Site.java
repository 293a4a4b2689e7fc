package gov.ca.code.codejson.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.metrics.EntryReport;
import gov.ca.code.codejson.metrics.FieldScore;
import gov.ca.code.codejson.metrics.QualityScore;
import gov.ca.code.codejson.metrics.ReleaseScore;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.report.OutputText;

/**
 * The static web site of one or more agencies' inventories: {@code index.html} with the headline
 * figures and every agency, {@code releases.html} listing every release with a search box and
 * filters run by {@code site.js}, {@code agencies/NAME.html} per agency and
 * {@code releases/AGENCY-N-NAME.html} per release with all its fields and its data-quality
 * findings. The pages load nothing but the site's own style sheet and script, work from the disk
 * ({@code file://}) as from any web server, and are the same bytes for the same inventories.
 */
public final class Site {

    /** The package the template compiler writes the templates' classes to. */
    private static final String TEMPLATES = "gov.ca.code.codejson.site.templates";
    /** The files copied into the site as they are. */
    private static final List<String> ASSETS = List.of("site.css", "site.js");
    private static final int SLUG_LENGTH = 48;

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Site.class.getClassLoader(), TEMPLATES);

    private Site() {
    }

    /**
     * Writes the site into a folder, all files or none. The pages an earlier site wrote into the
     * folder that this one does not have (a release gone since) are removed; they are listed in
     * {@value OwnedFolder#WRITTEN}.
     *
     * @param folder the folder, created when missing; files of it that no site wrote are left alone
     * @param inputs the agencies' inventories, in the order the site lists them
     * @param period the period to label the pages with, such as {@code 2026-Q3}, or {@code ""} for no date
     * @return the files written
     * @throws IOException when a file cannot be written; then the folder is as it was
     */
    public static List<Path> write(Path folder, List<SiteInput> inputs, String period) throws IOException {
        return OwnedFolder.write(folder, render(inputs, period));
    }

    /**
     * Writes one project's code.json page, the one {@code mvn site} shows, as a page of its own: every
     * value of the entry is text, never markup, and the page loads nothing.
     *
     * @param file the HTML file, replaced whole or left as it was
     * @param page the page
     * @throws IOException when the file cannot be written
     */
    public static void writeEntry(Path file, EntryReport page) throws IOException {
        AtomicFiles.write(file, page("entry", page));
    }

    /**
     * {@return the site's files by their path inside the site, in a fixed order}
     *
     * @param inputs the agencies' inventories, in the order the site lists them
     * @param period the period to label the pages with, or {@code ""}
     */
    public static Map<String, byte[]> render(List<SiteInput> inputs, String period) {
        List<AgencyData> agencies = collect(inputs);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<SiteModel.Row> all = new ArrayList<>();
        List<SiteModel.AgencyRow> agencyRows = new ArrayList<>();
        for (AgencyData a : agencies) {
            all.addAll(a.rows("../"));
            agencyRows.add(new SiteModel.AgencyRow(new SiteModel.Link(a.name, a.page), a.releases.size(),
                    share(a.openSource(), a.releases.size()), number(a.laborHours()), median(a.scores())));
        }
        List<ReleaseData> releases = agencies.stream().flatMap(a -> a.releases.stream()).toList();
        List<SiteModel.Metric> headline = List.of(
                new SiteModel.Metric("Agencies", Long.toString(agencies.size())),
                new SiteModel.Metric("Releases", Long.toString(releases.size())),
                new SiteModel.Metric("Open source", share(releases.stream().filter(ReleaseData::openSource).count(), releases.size())),
                new SiteModel.Metric("Labor hours", number(releases.stream().map(r -> r.laborHours).reduce(BigDecimal.ZERO, BigDecimal::add))),
                new SiteModel.Metric("Median data-quality score", median(releases.stream().map(r -> r.score.score()).toList())));

        files.put("index.html", page("home", new SiteModel.Home(
                new SiteModel.Page("Software inventory", "", period, "home", false), headline, agencyRows)));
        List<SiteModel.Row> rootRows = agencies.stream().flatMap(a -> a.rows("").stream()).toList();
        files.put("releases.html", page("releases", new SiteModel.Releases(
                new SiteModel.Page("All releases", "", period, "releases", true), filters(rootRows), rootRows)));
        for (AgencyData a : agencies) {
            List<SiteModel.Metric> figures = List.of(
                    new SiteModel.Metric("Releases", Long.toString(a.releases.size())),
                    new SiteModel.Metric("Open source", share(a.openSource(), a.releases.size())),
                    new SiteModel.Metric("Labor hours", number(a.laborHours())),
                    new SiteModel.Metric("Median data-quality score", median(a.scores())));
            files.put(a.page, page("agency", new SiteModel.Agency(
                    new SiteModel.Page(a.name, "../", period, "", false), a.file, figures, a.rows("../"))));
            List<SiteModel.Row> rows = a.rows("../");
            for (int i = 0; i < a.releases.size(); i++) {
                ReleaseData r = a.releases.get(i);
                files.put(r.page, page("release", new SiteModel.Release(
                        new SiteModel.Page(r.name, "../", period, "", false), rows.get(i), r.summary(), r.fields, r.findings)));
            }
        }
        for (String asset : ASSETS) {
            files.put(asset, resource(asset));
        }
        return files;
    }

    private static byte[] page(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template + ".jte", model, new VisibleText(out));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * jte's escaping by context, given each value with its control and bidirectional characters
     * made visible first, as every other output of the tool shows them: the escaping keeps them as
     * they are, and a U+202E in a release's name would show the rest of its line reversed.
     */
    private static final class VisibleText extends OwaspHtmlTemplateOutput {
        VisibleText(TemplateOutput out) {
            super(out);
        }

        @Override
        public void writeUserContent(String value) {
            super.writeUserContent(value == null ? null : OutputText.visible(value));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Site.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the site's " + name + " is missing from the codejson-site jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<AgencyData> collect(List<SiteInput> inputs) {
        CodeJson codejson = new CodeJson();
        Set<String> slugs = new HashSet<>();
        Set<String> pages = new HashSet<>();
        List<AgencyData> agencies = new ArrayList<>();
        for (SiteInput input : inputs) {
            String name = text(input.inventory().agency()).orElse(input.file());
            String slug = unique(slug(name, "agency"), slugs);
            AgencyData agency = new AgencyData(name, input.file(), "agencies/" + slug + ".html");
            List<Diagnostic> findings = codejson.validate(Document.of(input.file(), Family.CODEGOV_2_0_0, input.inventory())).violations();
            List<Property<Release>> entries = input.inventory().releases().orElse(List.of());
            for (int j = 0; j < entries.size(); j++) {
                Release release = entries.get(j).value().orElse(null);
                if (release == null) {
                    continue;
                }
                String releaseName = text(release.name()).orElse("Release " + (j + 1));
                // Unique across agencies too: agency "X" release 2 "1 foo" and agency "X 2" release 1 "foo" spell alike.
                String page = "releases/" + unique(slug + "-" + (j + 1) + "-" + slug(releaseName, "release"), pages) + ".html";
                agency.releases.add(new ReleaseData(agency, releaseName, page, release, "/releases/" + j, findings));
            }
            agencies.add(agency);
        }
        return agencies;
    }

    private static List<SiteModel.Filter> filters(List<SiteModel.Row> rows) {
        return List.of(
                filter("agency", "Agency", rows, r -> List.of(r.agency().text())),
                filter("language", "Language", rows, SiteModel.Row::languages),
                filter("license", "License", rows, SiteModel.Row::licenses),
                filter("usage", "Usage type", rows, r -> r.usageType().isEmpty() ? List.of() : List.of(r.usageType())),
                filter("status", "Status", rows, r -> r.status().isEmpty() ? List.of() : List.of(r.status())));
    }

    private static SiteModel.Filter filter(String key, String label, List<SiteModel.Row> rows, Function<SiteModel.Row, List<String>> values) {
        Set<String> options = new TreeSet<>();
        rows.forEach(r -> options.addAll(values.apply(r)));
        return new SiteModel.Filter(key, label, List.copyOf(options));
    }

    /** {@return a file name part of ASCII letters, digits and hyphens, the same on every system} */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static String share(long part, long whole) {
        if (whole == 0) {
            return "n/a";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return "n/a";
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal m = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
        return m.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " / 10";
    }

    private static java.util.Optional<String> text(Property<String> property) {
        return property.value().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** {@return the value as text, or a link when it is an http, https or mailto address} */
    private static SiteModel.Link link(String value) {
        return new SiteModel.Link(value, OutputText.linkable(value) ? value.strip() : "");
    }

    /** One agency: its releases and where its page is. */
    private static final class AgencyData {
        final String name;
        final String file;
        final String page;
        final List<ReleaseData> releases = new ArrayList<>();

        AgencyData(String name, String file, String page) {
            this.name = name;
            this.file = file;
            this.page = page;
        }

        long openSource() {
            return releases.stream().filter(ReleaseData::openSource).count();
        }

        BigDecimal laborHours() {
            return releases.stream().map(r -> r.laborHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        List<BigDecimal> scores() {
            return releases.stream().map(r -> r.score.score()).toList();
        }

        List<SiteModel.Row> rows(String root) {
            return releases.stream().map(r -> r.row(root)).toList();
        }
    }

    /** One release, read once from its JSON tree. */
    private static final class ReleaseData {
        final AgencyData agency;
        final String name;
        final String page;
        final JsonValue.JsonObject tree;
        final ReleaseScore score;
        final BigDecimal laborHours;
        final List<SiteModel.Field> fields = new ArrayList<>();
        final List<SiteModel.Finding> findings = new ArrayList<>();

        ReleaseData(AgencyData agency, String name, String page, Release release, String pointer, List<Diagnostic> diagnostics) {
            this.agency = agency;
            this.name = name;
            this.page = page;
            this.tree = CodeJson.toJson(release) instanceof JsonValue.JsonObject o ? o : new JsonValue.JsonObject(List.of(), 0);
            this.score = QualityScore.of(release);
            this.laborHours = release.laborHours().value().filter(h -> h.signum() >= 0).orElse(BigDecimal.ZERO);
            flatten("", tree, fields);
            for (Diagnostic d : diagnostics) {
                if (d.subject() instanceof Subject.Pointer p && (p.pointer().equals(pointer) || p.pointer().startsWith(pointer + "/"))) {
                    String inside = p.pointer().substring(pointer.length());
                    findings.add(new SiteModel.Finding(d.severity().name().toLowerCase(Locale.ROOT), d.rule(), inside.isEmpty() ? "/" : inside,
                            d.message()));
                }
            }
            for (FieldScore f : score.fields()) {
                if (f.lost()) {
                    findings.add(new SiteModel.Finding("score", f.field(), "", "earns " + number(f.points()) + " of " + f.max()
                            + " points: fill it in to raise the data-quality score"));
                }
            }
        }

        boolean openSource() {
            return "openSource".equals(string("permissions", "usageType"));
        }

        /** {@return the string at the member path, or {@code ""}} */
        String string(String... path) {
            JsonValue v = tree;
            for (String name : path) {
                v = v instanceof JsonValue.JsonObject o ? o.get(name).orElse(null) : null;
            }
            return v instanceof JsonValue.JsonString s ? s.value().strip() : "";
        }

        List<JsonValue> array(String... path) {
            JsonValue v = tree;
            for (String name : path) {
                v = v instanceof JsonValue.JsonObject o ? o.get(name).orElse(null) : null;
            }
            return v instanceof JsonValue.JsonArray a ? a.elements() : List.of();
        }

        List<String> languages() {
            return array("languages").stream().filter(JsonValue.JsonString.class::isInstance)
                    .map(v -> ((JsonValue.JsonString) v).value().strip()).filter(s -> !s.isEmpty()).distinct().toList();
        }

        List<String> licenses() {
            List<String> names = new ArrayList<>();
            for (JsonValue l : array("permissions", "licenses")) {
                if (l instanceof JsonValue.JsonObject o) {
                    String label = o.get("name").filter(JsonValue.JsonString.class::isInstance)
                            .map(v -> ((JsonValue.JsonString) v).value().strip()).filter(s -> !s.isEmpty())
                            .or(() -> o.get("URL").filter(JsonValue.JsonString.class::isInstance).map(v -> ((JsonValue.JsonString) v).value().strip()))
                            .orElse("");
                    if (!label.isEmpty() && !names.contains(label)) {
                        names.add(label);
                    }
                }
            }
            return names;
        }

        SiteModel.Row row(String root) {
            String organization = string("organization");
            String description = string("description");
            List<String> languages = languages();
            List<String> licenses = licenses();
            String search = String.join(" ", name, agency.name, organization, description, String.join(" ", languages),
                    String.join(" ", licenses), String.join(" ", array("tags").stream().filter(JsonValue.JsonString.class::isInstance)
                            .map(v -> ((JsonValue.JsonString) v).value()).toList()));
            return new SiteModel.Row(new SiteModel.Link(name, root + page), new SiteModel.Link(agency.name, root + agency.page),
                    organization, description, languages, licenses, string("permissions", "usageType"), string("status"),
                    score.score().toPlainString(), search.toLowerCase(Locale.ROOT));
        }

        List<SiteModel.Field> summary() {
            List<SiteModel.Field> summary = new ArrayList<>();
            add(summary, "Description", string("description"));
            add(summary, "Organization", string("organization"));
            add(summary, "Usage type", string("permissions", "usageType"));
            add(summary, "Licenses", String.join(", ", licenses()));
            add(summary, "Status", string("status"));
            add(summary, "Languages", String.join(", ", languages()));
            String email = string("contact", "email");
            if (!email.isEmpty()) {
                String address = email.regionMatches(true, 0, "mailto:", 0, 7) ? email.substring(7) : email;
                boolean plain = address.matches("[^\\s@:/?#]+@[^\\s@:/?#]+");
                summary.add(new SiteModel.Field("Contact", new SiteModel.Link(address, plain ? "mailto:" + address : "")));
            }
            for (String[] url : new String[][] {{"Repository", "repositoryURL"}, {"Home page", "homepageURL"}, {"Download", "downloadURL"}}) {
                String value = string(url[1]);
                if (!value.isEmpty()) {
                    summary.add(new SiteModel.Field(url[0], link(value)));
                }
            }
            return summary;
        }

        private static void add(List<SiteModel.Field> list, String label, String value) {
            if (!value.isEmpty()) {
                list.add(new SiteModel.Field(label, new SiteModel.Link(value, "")));
            }
        }

        private static void flatten(String path, JsonValue value, List<SiteModel.Field> out) {
            if (value instanceof JsonValue.JsonObject o) {
                o.members().forEach(m -> flatten(join(path, m.name()), m.value(), out));
            } else if (value instanceof JsonValue.JsonArray a) {
                if (a.elements().isEmpty()) {
                    out.add(new SiteModel.Field(path, new SiteModel.Link("(none)", "")));
                }
                for (int i = 0; i < a.elements().size(); i++) {
                    flatten(join(path, Integer.toString(i + 1)), a.elements().get(i), out);
                }
            } else if (value instanceof JsonValue.JsonString s) {
                out.add(new SiteModel.Field(path, link(s.value())));
            } else if (value instanceof JsonValue.JsonNumber n) {
                out.add(new SiteModel.Field(path, new SiteModel.Link(n.text(), "")));
            } else if (value instanceof JsonValue.JsonBoolean b) {
                out.add(new SiteModel.Field(path, new SiteModel.Link(Boolean.toString(b.value()), "")));
            } else {
                out.add(new SiteModel.Field(path, new SiteModel.Link("null", "")));
            }
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + " › " + name;
        }
    }
}
