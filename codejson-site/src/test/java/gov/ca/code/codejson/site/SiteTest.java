package gov.ca.code.codejson.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.metrics.EntryReport;

class SiteTest {

    /** An agency whose every value tries to become markup, a script or a link it is not. */
    static final String HOSTILE = """
            {"version": "2.0.0", "measurementType": {"method": "projects"}, "agency": "<script>alert('agency')</script> & Co",
             "releases": [{
               "name": "\\"><img src=x onerror=alert(1)>",
               "description": "Fees </td></tr></table><b>bold</b>",
               "organization": "Office \\"quoted\\" 'single'",
               "permissions": {"usageType": "openSource", "licenses": [{"name": "MIT<i>", "URL": "JaVaScRiPt:alert('license')"}]},
               "tags": ["fees"], "contact": {"email": "mailto:javascript:alert(1)"},
               "laborHours": 120, "status": "Production", "vcs": "git", "languages": ["Java", "<svg onload=alert(1)>"],
               "repositoryURL": " javascript:alert('repo')",
               "homepageURL": "https://example.org/?a=1&b=\\"x\\"",
               "downloadURL": "data:text/html,<script>alert(1)</script>",
               "disclaimerURL": "mailto:team@example.org",
               "x-extra": "file:///etc/passwd"
             }]}
            """;

    static final String PLAIN = """
            {"version": "2.0.0", "measurementType": {"method": "projects"}, "agency": "Department of Motor Vehicles",
             "releases": [
               {"name": "Permit Fee Engine", "description": "Computes fees.", "organization": "Licensing",
                "permissions": {"usageType": "openSource", "licenses": [{"name": "Apache-2.0", "URL": "https://www.apache.org/licenses/LICENSE-2.0"}]},
                "tags": ["fees"], "contact": {"email": "fees@dmv.ca.gov"}, "laborHours": 300, "status": "Production",
                "vcs": "git", "languages": ["Java"], "repositoryURL": "https://github.com/ca-dmv/fees",
                "date": {"created": "2024-01-02"}},
               {"name": "Queue Kiosk", "description": "Office queue display.", "organization": "Field Offices",
                "permissions": {"usageType": "exemptByLaw", "exemptionText": "Security", "licenses": []},
                "tags": ["kiosk"], "contact": {"email": "kiosk@dmv.ca.gov"}, "laborHours": 80, "status": "Development",
                "vcs": "git", "languages": ["TypeScript"]}
             ]}
            """;

    static SiteInput input(String file, String json) {
        try {
            return new SiteInput(file, new CodeJson().read(json, file).root(Inventory.class));
        } catch (JsonReadException e) {
            throw new AssertionError(e);
        }
    }

    static String page(Map<String, byte[]> site, String prefix) {
        return site.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new AssertionError("no page " + prefix + " in " + site.keySet()));
    }

    static String all(Map<String, byte[]> site) {
        StringBuilder b = new StringBuilder();
        site.forEach((name, bytes) -> {
            if (name.endsWith(".html")) {
                b.append(new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    @Test
    void writesAHomePageTheListAnAgencyPageAndAPagePerRelease() {
        Map<String, byte[]> site = Site.render(List.of(input("dmv.json", PLAIN)), "");

        assertThat(site.keySet()).containsExactly("index.html", "releases.html", "agencies/department-of-motor-vehicles.html",
                "releases/department-of-motor-vehicles-1-permit-fee-engine.html", "releases/department-of-motor-vehicles-2-queue-kiosk.html",
                "site.css", "site.js");
        String home = page(site, "index.html");
        assertThat(home).contains("<dt>Releases</dt><dd>2</dd>", "<dt>Open source</dt><dd>50.0 %</dd>", "<dt>Labor hours</dt><dd>380</dd>",
                "<a href=\"agencies/department-of-motor-vehicles.html\">Department of Motor Vehicles</a>");
        String release = page(site, "releases/department-of-motor-vehicles-1");
        assertThat(release).contains("<h1>Permit Fee Engine</h1>", "<a href=\"../agencies/department-of-motor-vehicles.html\">",
                "<a href=\"mailto:fees@dmv.ca.gov\">fees@dmv.ca.gov</a>", "<a href=\"https://github.com/ca-dmv/fees\">",
                "<th scope=\"row\">date › created</th><td>2024-01-02</td>", "Apache-2.0");
        String kiosk = page(site, "releases/department-of-motor-vehicles-2");
        assertThat(kiosk).contains("<code>repositoryURL</code>", "<th scope=\"row\">permissions › licenses</th><td>(none)</td>");
        String list = page(site, "releases.html");
        assertThat(list).contains("<label for=\"f-language\">Language</label>", "<option value=\"TypeScript\">TypeScript</option>",
                "data-usage=\"exemptByLaw\"", "<script src=\"site.js\" defer></script>");
    }

    @Test
    void escapesHostileValuesInTextAndAttributes() {
        Map<String, byte[]> site = Site.render(List.of(input("hostile.json", HOSTILE)), "");
        String html = all(site);

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload", "<b>bold</b>", "<i>\"", "</td></tr></table><b>");
        assertThat(page(site, "index.html")).contains(">&lt;script&gt;alert('agency')&lt;/script&gt; &amp; Co</a>");
        String release = page(site, "releases/");
        assertThat(release).contains("&gt;&lt;img src=x onerror=alert(1)&gt;</h1>",
                "Fees &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;b&gt;bold&lt;/b&gt;");
        String list = page(site, "releases.html");
        Matcher attribute = Pattern.compile("data-language=\"([^\"]*)\"").matcher(list);
        assertThat(attribute.find()).isTrue();
        // Inside a quoted attribute only the quote, the ampersand and the less-than sign need escaping.
        assertThat(attribute.group(1)).isEqualTo("Java\n&lt;svg onload=alert(1)>");
    }

    @Test
    void showsControlAndBidirectionalCharactersAsTheTextOutputsDoInsteadOfWritingThem() {
        String json = PLAIN.replace("Permit Fee Engine", "Permit \\u001b[2J Fee \\u202eenignE")
                .replace("\"Licensing\"", "\"Lic\\u0007ensing\\u2066\"");
        Map<String, byte[]> site = Site.render(List.of(input("dmv.json", json)), "");
        String html = all(site);

        assertThat(html).doesNotContain("\u001b", "\u202e", "\u0007", "\u2066");
        assertThat(page(site, "releases/")).contains("<h1>Permit \\u001b[2J Fee \\u202eenignE</h1>");
        assertThat(page(site, "releases.html")).contains("lic\\u0007ensing\\u2066 computes fees.");
    }

    @Test
    void writesAnEntryPageWhoseValuesAreTextAndThatLoadsNothing(@TempDir Path dir) throws IOException {
        EntryReport page = new EntryReport("code.json of <i>Fees</i>", List.of("intro & <b>more</b>"), List.of(
                new EntryReport.Section("Validation", List.of(new EntryReport.Paragraph("Valid: <script>x</script>"),
                        new EntryReport.Table(List.of("Where", "Message"), List.of(List.of("/releases/0/name", "\"<img src=x>\""))))),
                new EntryReport.Section("The entry", List.of(new EntryReport.Verbatim("{\"name\": \"<a href=x>\"}")))));
        Path file = dir.resolve("codejson.html");

        Site.writeEntry(file, page);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>code.json of &lt;i&gt;Fees&lt;/i&gt;</title>", "<p>intro &amp; &lt;b&gt;more&lt;/b&gt;</p>",
                        "<h2>Validation</h2>", "<p>Valid: &lt;script&gt;x&lt;/script&gt;</p>",
                        "<tr><th>Where</th><th>Message</th></tr>", "<td>\"&lt;img src=x&gt;\"</td>",
                        "<pre>{\"name\": \"&lt;a href=x&gt;\"}</pre>")
                .doesNotContain("<script", "<img", "<a ", "<i>", "<b>");
    }

    @Test
    void linksOnlyHttpHttpsAndMailtoAddresses() {
        Map<String, byte[]> site = Site.render(List.of(input("hostile.json", HOSTILE)), "");
        String html = all(site);

        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertThat(href.group(1)).as("every link").matches("(https?:|mailto:|#main$|\\.\\./|[a-z]+[a-z0-9./-]*\\.(html|css)).*")
                    .doesNotStartWithIgnoringCase("javascript:").doesNotStartWith("data:").doesNotStartWith("file:");
        }
        assertThat(links).isGreaterThan(5);
        String release = page(site, "releases/");
        assertThat(release).contains("<a href=\"https://example.org/?a=1&amp;b=&#34;x&#34;\">",
                "<a href=\"mailto:team@example.org\">", "javascript:alert('repo')", "file:///etc/passwd")
                .doesNotContainPattern("(?i)href=\"\\s*javascript").doesNotContainPattern("(?i)href=\"data:");
    }

    @Test
    void writesTheSameBytesForTheSameInventoriesAndNoDateWithoutAPeriod(@TempDir Path dir) throws IOException {
        List<SiteInput> inputs = List.of(input("dmv.json", PLAIN), input("hostile.json", HOSTILE));
        Site.write(dir.resolve("one"), inputs, "");
        Site.write(dir.resolve("two"), inputs, "");

        List<Path> one = files(dir.resolve("one"));
        // Nine pages and assets, and the list of them that a later site into the same folder reads.
        assertThat(one).hasSize(10).contains(Path.of(OwnedFolder.WRITTEN)).isEqualTo(files(dir.resolve("two")));
        for (Path file : one) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
        assertThat(all(Site.render(inputs, ""))).doesNotContain("class=\"period\"", "Period:");
        assertThat(page(Site.render(inputs, "2026-Q3"), "index.html")).contains("<span class=\"period\">2026-Q3</span>", "(2026-Q3)");
    }

    @Test
    void releasesWhoseAgencyAndNameSpellAlikeGetAPageEach() {
        String x = "{\"version\": \"2.0.0\", \"agency\": \"X\", \"releases\": [{\"name\": \"alpha\"}, {\"name\": \"1 foo\"}]}";
        String x2 = "{\"version\": \"2.0.0\", \"agency\": \"X 2\", \"releases\": [{\"name\": \"foo\"}]}";

        Map<String, byte[]> site = Site.render(List.of(input("a.json", x), input("b.json", x2)), "");

        List<String> releases = site.keySet().stream().filter(k -> k.startsWith("releases/")).sorted().toList();
        assertThat(releases).containsExactly("releases/x-1-alpha.html", "releases/x-2-1-foo-2.html", "releases/x-2-1-foo.html");
        assertThat(new String(site.get("releases/x-2-1-foo.html"), StandardCharsets.UTF_8)).contains("1 foo");
        assertThat(new String(site.get("releases/x-2-1-foo-2.html"), StandardCharsets.UTF_8)).contains("X 2");
    }

    @Test
    void aLaterSiteIntoTheSameFolderRemovesThePagesOfAnAgencyGoneSince(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        Site.write(out, List.of(input("dmv.json", PLAIN), input("hostile.json", HOSTILE)), "");
        List<Path> both = files(out);

        List<Path> written = Site.write(out, List.of(input("dmv.json", PLAIN)), "");

        assertThat(files(out)).hasSizeLessThan(both.size())
                .containsExactlyInAnyOrderElementsOf(Stream.concat(written.stream().map(out.toAbsolutePath()::relativize),
                        Stream.of(Path.of(OwnedFolder.WRITTEN))).toList());
    }

    @Test
    void leavesTheFolderAsItWasWhenOneFileCannotBeWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "last quarter");
        // A file where the site needs its agencies folder: the agency page cannot be moved into place.
        Files.writeString(out.resolve("agencies"), "in the way");

        assertThatThrownBy(() -> Site.write(out, List.of(input("dmv.json", PLAIN)), "")).isInstanceOf(IOException.class);

        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("last quarter");
        assertThat(files(out)).containsExactlyInAnyOrder(Path.of("agencies"), Path.of("index.html"));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void givesTwoAgenciesOfTheSameNameTwoPages() {
        Map<String, byte[]> site = Site.render(List.of(input("a.json", PLAIN), input("b.json", PLAIN)), "");

        assertThat(site).containsKeys("agencies/department-of-motor-vehicles.html", "agencies/department-of-motor-vehicles-2.html",
                "releases/department-of-motor-vehicles-2-1-permit-fee-engine.html");
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
