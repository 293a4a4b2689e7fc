package gov.ca.code.codejson.cli;

import static gov.ca.code.codejson.cli.CoordinatorFixtures.inventory;
import static gov.ca.code.codejson.cli.CoordinatorFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class HarvestCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] cdt = inventory("CDT", release("A", "https://github.com/ca/a", "openSource", ""),
                release("B", null, "exemptByLaw", "")).getBytes(StandardCharsets.UTF_8);
        server.createContext("/", e -> {
            if (e.getRequestURI().getPath().equals("/cdt/code.json")) {
                e.sendResponseHeaders(200, cdt.length);
                e.getResponseBody().write(cdt);
            } else {
                e.sendResponseHeaders(404, -1);
            }
            e.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path registry(String... paths) throws Exception {
        StringBuilder agencies = new StringBuilder();
        for (String p : paths) {
            String id = p.substring(1, p.indexOf('/', 1));
            agencies.append(agencies.length() == 0 ? "" : "\n").append("  - id: ").append(id).append("\n    name: ").append(id.toUpperCase())
                    .append("\n    urls: http://").append(server.getAddress().getHostString()).append(':')
                    .append(server.getAddress().getPort()).append(p);
        }
        return Files.writeString(dir.resolve("registry.yaml"), "name: State of California\nagencies:\n" + agencies + "\n");
    }

    @Test
    void writesTheStatewideInventoryAndTheStatusReportAndExitsThreeWhenAnAgencyIsMissing() throws Exception {
        Path out = dir.resolve("out");

        Cli result = Cli.run("harvest", "--out", out.toString(), registry("/cdt/code.json", "/dmv/code.json").toString());

        assertThat(result.exit).as(result.err).isEqualTo(3);
        assertThat(result.err).containsPattern("codejson: agency [12] of 2: cdt ok, \\d+ bytes, \\d+ ms")
                .contains("codejson: dmv: http://").contains("answers HTTP 404; there is no earlier copy")
                .contains("1 of 2 agencies fetched; 2 releases in the statewide inventory");
        assertThat(out.resolve("code.json")).content().contains("\"agency\": \"State of California\"");
        assertThat(out.resolve("agencies/cdt.json")).content().contains("\"agency\": \"CDT\"");
        assertThat(out.resolve("agencies/dmv.json")).doesNotExist();
        assertThat(out.resolve("harvest-status.json")).content().contains("\"reason\": \"http-status\"");
        assertThat(out.resolve("harvest-status.html")).content().startsWith("<!DOCTYPE html>");
        assertThat(out.resolve("cache/cdt/0.json")).exists();
        assertThat(out.resolve("merge-report.json")).exists();
    }

    @Test
    void aLaterHarvestIntoTheSameFolderLeavesNothingOfAnAgencyNoLongerListed() throws Exception {
        Path out = dir.resolve("out");
        server.createContext("/dgs/code.json", e -> {
            byte[] dgs = inventory("DGS", release("C", "https://github.com/ca/c", "openSource", "")).getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, dgs.length);
            e.getResponseBody().write(dgs);
            e.close();
        });

        Cli both = Cli.run("harvest", "--quiet", "--out", out.toString(), registry("/cdt/code.json", "/dgs/code.json").toString());
        boolean dgsFirst = Files.exists(out.resolve("agencies/dgs.json"));
        Cli one = Cli.run("harvest", "--quiet", "--out", out.toString(), registry("/cdt/code.json").toString());

        assertThat(both.exit).as(both.err).isZero();
        assertThat(dgsFirst).isTrue();
        assertThat(one.exit).as(one.err).isZero();
        assertThat(out.resolve("agencies/dgs.json")).doesNotExist();
        assertThat(out.resolve("agencies/cdt.json")).exists();
        assertThat(Files.readString(out.resolve("code.json"))).doesNotContain("\"name\": \"C\"");
    }

    @Test
    void aFileNestedPastTheDepthLimitIsReadOnceMaxDepthRaisesItAsTheMessageSays() throws Exception {
        String deep = inventory("DGS", release("C", "https://github.com/ca/c", "openSource", ""))
                .replaceFirst("\\{", "{\"x-deep\": " + "[".repeat(70) + "]".repeat(70) + ", ");
        server.createContext("/dgs/code.json", e -> {
            byte[] bytes = deep.getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, bytes.length);
            e.getResponseBody().write(bytes);
            e.close();
        });
        Path registry = registry("/dgs/code.json");

        Cli refused = Cli.run("harvest", "--quiet", "--out", dir.resolve("a").toString(), registry.toString());
        Cli raised = Cli.run("harvest", "--quiet", "--max-depth", "80", "--out", dir.resolve("b").toString(), registry.toString());

        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("raise it with --max-depth");
        assertThat(raised.err).as("read and merged").contains("1 of 1 agencies fetched; 1 releases in the statewide inventory");
        assertThat(Files.readString(dir.resolve("b/code.json"))).contains("\"name\": \"C\"");
    }

    @Test
    void isQuietWhenAskedAndExitsZeroWhenEveryAgencyIsFetchedAndValid() throws Exception {
        Cli result = Cli.run("harvest", "--quiet", "--out", dir.resolve("out").toString(), registry("/cdt/code.json").toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.err).doesNotContain("agency 1 of 1").contains("1 of 1 agencies fetched");
    }

    @Test
    void aBrokenRegistryIsReportedWithItsPointerAndExitsTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("registry.json"), "{\"name\": \"S\", \"agencies\": [{\"id\": \"a\", \"name\": \"A\"}]}");

        Cli result = Cli.run("harvest", "--out", dir.resolve("out").toString(), bad.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo(bad + ": error: /agencies/0/urls: give the address of the agency's code.json (one, or a list)\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
