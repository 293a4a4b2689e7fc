package gov.ca.code.codejson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.json.JsonWriter;

class HarvesterTest {

    /** Generous, since a busy build machine can be slow to answer even on the loopback address. */
    private static final FetchSettings SETTINGS = FetchSettings.DEFAULT.withReadTimeout(Duration.ofSeconds(20)).withMaxBytes(256 * 1024);
    /** For the agencies that are slow on purpose: they wait far longer than this. */
    private static final FetchSettings IMPATIENT = SETTINGS.withReadTimeout(Duration.ofMillis(700));

    @TempDir
    Path cache;

    private AgencyServer server;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new AgencyServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Harvest harvest(String... agencies) throws Exception {
        return harvest(SETTINGS, agencies);
    }

    private Harvest harvest(FetchSettings settings, String... agencies) throws Exception {
        Registry registry = Registry.parse(Fixtures.registry(agencies), "registry.json", false);
        Harvester harvester = new Harvester(new CodeJson(), settings, new HarvestCache(cache), progress::add);
        Harvest harvest = harvester.run(registry);
        harvester.remember(harvest);
        return harvest;
    }

    private String agency(String id, String path) {
        return Fixtures.agency(id, id.toUpperCase(), server.uri(path).toString());
    }

    private static SourceStatus source(Harvest h, int agency) {
        return h.agencies().get(agency).sources().get(0);
    }

    @Test
    void fastAgenciesAreFetchedValidatedAndMergedIntoTheStatewideInventory() throws Exception {
        server.file("/cdt/code.json", Fixtures.inventory("CDT", 3), "\"a1\"").file("/dmv/code.json", Fixtures.inventory("DMV", 2), "\"b1\"");

        Harvest h = harvest(agency("cdt", "/cdt/code.json"), agency("dmv", "/dmv/code.json"));

        assertThat(h.someUnreachable()).isFalse();
        assertThat(h.agencies()).extracting(a -> a.agency().id(), AgencyStatus::reachable, AgencyStatus::releases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cdt", true, 3L), org.assertj.core.groups.Tuple.tuple("dmv", true, 2L));
        assertThat(source(h, 0).family()).isEqualTo("codegov-2.0.0");
        assertThat(source(h, 0).outcome()).isEqualTo(SourceStatus.Outcome.FETCHED);
        assertThat(h.agencies().get(0).openSourceShare()).isEqualByComparingTo("0.6667");
        assertThat(h.statewide()).hasValueSatisfying(r -> {
            assertThat(r.releasesWritten()).isEqualTo(5);
            assertThat(r.inventory().agency().value()).hasValue("State of California");
        });
        assertThat(progress).hasSize(2).allMatch(line -> line.matches("agency [12] of 2: (cdt|dmv) ok, \\d+ bytes, \\d+ ms"));
    }

    @Test
    void anUnchangedFileIsNotDownloadedAgainOnTheSecondHarvest() throws Exception {
        server.file("/cdt/code.json", Fixtures.inventory("CDT", 3), "\"v1\"");
        harvest(agency("cdt", "/cdt/code.json"));

        Harvest second = harvest(agency("cdt", "/cdt/code.json"));

        assertThat(server.requests).containsExactly("/cdt/code.json ", "/cdt/code.json \"v1\"");
        assertThat(source(second, 0).outcome()).isEqualTo(SourceStatus.Outcome.NOT_MODIFIED);
        assertThat(second.agencies().get(0).releases()).isEqualTo(3);
        assertThat(second.agencies().get(0).change()).isEqualTo(new AgencyStatus.Change(true, 0, java.math.BigDecimal.ZERO.setScale(4),
                java.math.BigDecimal.ZERO.setScale(second.agencies().get(0).medianScore().scale())));
    }

    @Test
    void anAgencyThatFailsThisQuarterKeepsLastQuartersCopyAndSaysSo() throws Exception {
        server.file("/cdt/code.json", Fixtures.inventory("CDT", 4), "\"v1\"");
        harvest(agency("cdt", "/cdt/code.json"));
        server.status("/cdt/code.json", 503);

        Harvest second = harvest(agency("cdt", "/cdt/code.json"));

        SourceStatus s = source(second, 0);
        assertThat(s.outcome()).isEqualTo(SourceStatus.Outcome.KEPT_PREVIOUS);
        assertThat(s.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(s.message()).contains("answers HTTP 503").endsWith("last harvest's copy is used");
        assertThat(second.someUnreachable()).isTrue();
        assertThat(second.agencies().get(0).releases()).isEqualTo(4);
        assertThat(second.statewide()).hasValueSatisfying(r -> assertThat(r.releasesWritten()).isEqualTo(4));
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() throws Exception {
        server.slowHeaders("/slow/code.json", 30_000);

        Harvest h = harvest(IMPATIENT, agency("slow", "/slow/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.TIMEOUT);
        assertThat(source(h, 0).outcome()).isEqualTo(SourceStatus.Outcome.MISSING);
        assertThat(source(h, 0).message()).contains("did not answer within 700 ms");
        assertThat(h.statewide()).isEmpty();
        assertThat(h.mergeProblems()).containsExactly("error: no agency's file could be read; there is no statewide inventory");
    }

    @Test
    void aBodyThatStallsPastTheDeadlineIsATimeout() throws Exception {
        server.slowBody("/stall/code.json", Fixtures.inventory("CDT", 2), 30_000);

        Harvest h = harvest(IMPATIENT, agency("stall", "/stall/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.TIMEOUT);
        assertThat(source(h, 0).message()).contains("did not send the whole file within 700 ms");
    }

    @Test
    void aRedirectLoopStopsAfterTheLimit() throws Exception {
        server.redirect("/loop/code.json", "/loop/code.json");

        Harvest h = harvest(agency("loop", "/loop/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.REDIRECT);
        assertThat(source(h, 0).message()).contains("redirects more than 5 times");
        assertThat(server.requests).hasSize(6);
    }

    @Test
    void aRedirectToAFileAddressIsNotFollowed() throws Exception {
        server.redirect("/evil/code.json", "file:///etc/passwd");

        Harvest h = harvest(agency("evil", "/evil/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.REDIRECT);
        assertThat(source(h, 0).message()).contains("redirects to file:///etc/passwd; only http and https addresses are followed");
    }

    @Test
    void aRedirectWithinHttpIsFollowedAndReported() throws Exception {
        server.redirect("/old/code.json", "/new/code.json").file("/new/code.json", Fixtures.inventory("CDT", 1), "\"n\"");

        Harvest h = harvest(agency("moved", "/old/code.json"));

        assertThat(source(h, 0).reachable()).isTrue();
        assertThat(source(h, 0).message()).isEqualTo("redirected to " + server.uri("/new/code.json"));
    }

    @Test
    void aRedirectedFileIsAskedForWithItsValidatorsWhereTheRedirectLeadsOnTheNextHarvest() throws Exception {
        server.redirect("/old/code.json", "/new/code.json").file("/new/code.json", Fixtures.inventory("CDT", 1), "\"n\"");
        harvest(agency("moved", "/old/code.json"));

        Harvest second = harvest(agency("moved", "/old/code.json"));

        assertThat(server.requests).containsExactly("/old/code.json ", "/new/code.json ", "/old/code.json ",
                "/new/code.json \"n\"");
        assertThat(source(second, 0).outcome()).isEqualTo(SourceStatus.Outcome.NOT_MODIFIED);
        assertThat(second.agencies().get(0).releases()).isEqualTo(1);
    }

    @Test
    void aUserAndPasswordInTheAddressAreSentAsBasicAuthenticationToThatHostAndNoOther() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                "alice:s3cret PW".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        server.authorized("/private/code.json", Fixtures.inventory("CDT", 2), basic)
                .redirect("/elsewhere/code.json", server.uri("/open/code.json").toString().replace("127.0.0.1", "localhost"))
                .file("/open/code.json", Fixtures.inventory("DMV", 1), "\"o\"");
        String base = server.uri("/").toString().replace("http://", "http://alice:s3cret%20PW@");

        Harvest h = harvest(Fixtures.agency("p", "P", base + "private/code.json"),
                Fixtures.agency("r", "R", base + "elsewhere/code.json"));

        assertThat(h.agencies()).extracting(AgencyStatus::releases).containsExactly(2L, 1L);
        assertThat(server.authorizations).contains("/private/code.json " + basic, "/elsewhere/code.json " + basic,
                "/open/code.json ");
    }

    @Test
    void anAnswerThatIsNotJsonKeepsLastHarvestsCopyAndTheCacheKeepsIt() throws Exception {
        server.file("/m/code.json", Fixtures.inventory("CDT", 2), "\"v1\"");
        harvest(agency("m", "/m/code.json"));
        server.file("/m/code.json", "<html><body>Maintenance</body></html>", "\"v2\"");

        Harvest during = harvest(agency("m", "/m/code.json"));
        server.status("/m/code.json", 503);
        Harvest after = harvest(agency("m", "/m/code.json"));

        assertThat(source(during, 0).outcome()).isEqualTo(SourceStatus.Outcome.KEPT_PREVIOUS);
        assertThat(source(during, 0).failure()).isEqualTo(FetchFailure.NOT_JSON);
        assertThat(source(during, 0).message()).endsWith("; last harvest's copy is used");
        assertThat(during.agencies().get(0).releases()).isEqualTo(2);
        assertThat(after.agencies().get(0).releases()).isEqualTo(2);
    }

    @Test
    void aPasswordOrATokenInARegistryAddressIsUsedButNeverShown() throws Exception {
        server.file("/t/code.json", Fixtures.inventory("CDT", 2), "\"t\"");
        String base = server.uri("/").toString().replace("http://", "http://alice:s3cretPW@");

        Harvest h = harvest(Fixtures.agency("t", "T", base + "t/code.json?access_token=TOKEN123"),
                Fixtures.agency("gone", "GONE", base + "gone/code.json?access_token=TOKEN456"));

        String everything = new JsonWriter().write(StatusReport.json(h)) + StatusReport.html(h)
                + h.statewide().map(r -> new JsonWriter().write(r.report())).orElse("") + String.join("\n", progress);
        assertThat(h.agencies().get(0).releases()).isEqualTo(2);
        assertThat(everything).doesNotContain("s3cretPW", "TOKEN123", "TOKEN456", "alice");
        assertThat(source(h, 0).url()).startsWith("http://127.0.0.1:").contains("/t/code.json");
    }

    @Test
    void aCoordinatorContactThatIsNoAddressIsTextNotAMailtoLink() throws Exception {
        server.file("/c/code.json", Fixtures.inventory("CDT", 1), "\"c\"");
        String url = server.uri("/c/code.json").toString();

        Harvest h = harvest("{\"id\": \"c\", \"name\": \"C\", \"urls\": [\"" + url + "\"], \"contact\": \"javascript:alert(1)\"}",
                Fixtures.agency("d", "D", url));

        String html = StatusReport.html(h);
        assertThat(html).contains("<p>Coordinator: javascript:alert(1)</p>").doesNotContain("mailto:javascript")
                .contains("<a href=\"mailto:d@example.gov\">d@example.gov</a>");
    }

    @Test
    void aHostNameThatDoesNotResolveIsADnsFailure() throws Exception {
        // .invalid is reserved never to resolve (RFC 6761).
        Harvest h = harvest(Fixtures.agency("x", "X", "http://no-such-host.invalid/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.DNS);
        assertThat(source(h, 0).message()).startsWith("the host name no-such-host.invalid does not resolve");
    }

    @Test
    void aCachedCopyDamagedOnDiskIsFetchedAgainInFullRatherThanAnswered304() throws Exception {
        server.file("/d/code.json", Fixtures.inventory("CDT", 3), "\"d\"");
        harvest(agency("d", "/d/code.json"));
        java.nio.file.Files.writeString(cache.resolve("d/0.json"), "garbage{");

        Harvest again = harvest(agency("d", "/d/code.json"));

        assertThat(source(again, 0).outcome()).isEqualTo(SourceStatus.Outcome.FETCHED);
        assertThat(again.agencies().get(0).releases()).isEqualTo(3);
    }

    @Test
    void aMissingFileIsItsHttpStatus() throws Exception {
        Harvest h = harvest(agency("gone", "/gone/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(source(h, 0).message()).isEqualTo(server.uri("/gone/code.json") + " answers HTTP 404; there is no earlier copy");
        // Its share is written as every computed share is, with four decimals.
        assertThat(h.agencies().get(0).openSourceShare()).hasToString("0.0000");
    }

    @Test
    void aGzipBodyIsDecoded() throws Exception {
        server.gzip("/gz/code.json", Fixtures.inventory("CDT", 2));

        Harvest h = harvest(agency("gz", "/gz/code.json"));

        assertThat(source(h, 0).reachable()).isTrue();
        assertThat(source(h, 0).valid()).isTrue();
        assertThat(h.agencies().get(0).releases()).isEqualTo(2);
    }

    @Test
    void anEndlessBodyStopsAtTheSizeLimit() throws Exception {
        server.endless("/big/code.json");

        Harvest h = harvest(agency("big", "/big/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.TOO_LARGE);
        assertThat(source(h, 0).message()).contains("more than 262144 bytes");
    }

    @Test
    void aUtf16FileIsReadLikeAnyOther() throws Exception {
        server.bytes("/utf16/code.json", ("\uFEFF" + Fixtures.inventory("Caltrans ü", 2)).getBytes(StandardCharsets.UTF_16BE), Map.of());

        Harvest h = harvest(agency("utf16", "/utf16/code.json"));

        assertThat(source(h, 0).family()).isEqualTo("codegov-2.0.0");
        assertThat(h.agencies().get(0).releases()).isEqualTo(2);
    }

    @Test
    void aServerThatClosesMidBodyIsAnIncompleteFile() throws Exception {
        server.closesMidBody("/cut/code.json", Fixtures.inventory("CDT", 5));

        Harvest h = harvest(agency("cut", "/cut/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.INCOMPLETE);
        assertThat(source(h, 0).message()).contains("the connection ended before the whole file arrived");
    }

    @Test
    void aFileThatIsNotJsonIsReportedWithItsLocation() throws Exception {
        server.bytes("/html/code.json", "<html>moved</html>".getBytes(StandardCharsets.UTF_8), Map.of());

        Harvest h = harvest(agency("html", "/html/code.json"));

        assertThat(source(h, 0).failure()).isEqualTo(FetchFailure.NOT_JSON);
        assertThat(source(h, 0).message()).startsWith(server.uri("/html/code.json") + ":1:1: error:");
        assertThat(h.someUnreachable()).isTrue();
    }

    @Test
    void anInvalidFileIsCountedWithItsFirstLocatedProblems() throws Exception {
        server.file("/bad/code.json", "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\": {\"method\": \"projects\"},\n"
                + " \"releases\": [{\"name\": \"x\"}]}", "\"x\"");

        Harvest h = harvest(agency("bad", "/bad/code.json"));

        SourceStatus s = source(h, 0);
        assertThat(s.valid()).isFalse();
        assertThat(s.errors()).isPositive();
        assertThat(s.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Harvester.PROBLEMS_LISTED);
        assertThat(s.problems().get(0).line()).isEqualTo(2);
        assertThat(h.someInvalid()).isTrue();
        assertThat(h.someUnreachable()).isFalse();
    }

    @Test
    void theSameReleaseInTwoAgenciesIsReportedAsADuplicate() throws Exception {
        server.file("/a/code.json", Fixtures.inventory("CDT", 1), "\"a\"").file("/b/code.json", Fixtures.inventory("CDT", 1), "\"b\"");

        Harvest h = harvest(agency("a", "/a/code.json"), agency("b", "/b/code.json"));

        assertThat(h.statewide()).hasValueSatisfying(r -> assertThat(r.duplicates()).isNotEmpty());
    }

    @Test
    void theStatusReportIsTheSameBytesForTheSameHarvestAndEscapesWhatAgenciesWrite(@TempDir Path otherCache) throws Exception {
        server.file("/x/code.json", Fixtures.inventory("CDT", 2), "\"x\"");
        Registry registry = Registry.parse(Fixtures.registry("{\"id\": \"x\", \"name\": \"<script>alert(1)</script>\", \"urls\": \""
                + server.uri("/x/code.json") + "\"}"), "r.json", false);
        Harvester harvester = new Harvester(new CodeJson(), SETTINGS, new HarvestCache(cache), progress::add);
        Harvest first = harvester.run(registry);
        harvester.remember(first);
        Harvest other = new Harvester(new CodeJson(), SETTINGS, new HarvestCache(otherCache), progress::add).run(registry);

        assertThat(new JsonWriter().write(StatusReport.json(first))).isEqualTo(new JsonWriter().write(StatusReport.json(other)))
                .contains("\"format\": \"" + StatusReport.FORMAT + "\"").contains("\"outcome\": \"fetched\"");
        assertThat(StatusReport.html(first)).isEqualTo(StatusReport.html(other)).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("first harvest");

        Harvest second = new Harvester(new CodeJson(), SETTINGS, new HarvestCache(cache), progress::add).run(registry);
        assertThat(StatusReport.html(second)).contains("unchanged since last harvest (HTTP 304)").contains("\u00b10 releases");
    }
}
