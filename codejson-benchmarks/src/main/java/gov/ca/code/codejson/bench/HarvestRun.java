package gov.ca.code.codejson.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.harvest.FetchSettings;
import gov.ca.code.codejson.harvest.Harvest;
import gov.ca.code.codejson.harvest.HarvestCache;
import gov.ca.code.codejson.harvest.Harvester;
import gov.ca.code.codejson.harvest.Registry;

/**
 * A whole harvest against a server on the loopback address: AGENCIES agencies with RELEASES
 * synthetic releases each (repositories distinct per agency), fetched, read, validated and merged
 * into the statewide inventory, twice: a first harvest with an empty cache, then a second in which
 * every server answers 304. Prints the wall time of each. Not a test: run it by hand.
 *
 * <pre>java -cp codejson-benchmarks/target/benchmarks.jar gov.ca.code.codejson.bench.HarvestRun [AGENCIES] [RELEASES]</pre>
 */
public final class HarvestRun {

    private HarvestRun() {
    }

    /**
     * Runs the harvest.
     *
     * @param args the number of agencies (default 100) and releases per agency (default 500)
     * @throws Exception when the server or the cache cannot be set up
     */
    public static void main(String[] args) throws Exception {
        int agencies = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String template = new String(Inventories.synthetic(releases), StandardCharsets.UTF_8);
        List<byte[]> files = new ArrayList<>();
        for (int a = 0; a < agencies; a++) {
            files.add(template.replace("\"BENCH\"", "\"Agency " + a + "\"").replace("github.com/agency/", "github.com/agency-" + a + "/")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int a = Integer.parseInt(path.substring(1, path.indexOf('/', 1)));
            String etag = "\"" + a + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.sendResponseHeaders(200, files.get(a).length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(files.get(a));
                }
            }
            exchange.close();
        });
        server.start();
        StringBuilder registry = new StringBuilder("{\"name\": \"Benchmark State\", \"agencies\": [");
        for (int a = 0; a < agencies; a++) {
            registry.append(a == 0 ? "" : ", ").append("{\"id\": \"a").append(a).append("\", \"name\": \"Agency ").append(a)
                    .append("\", \"urls\": \"http://127.0.0.1:").append(server.getAddress().getPort()).append('/').append(a)
                    .append("/code.json\"}");
        }
        registry.append("]}");
        Path cache = Files.createTempDirectory("codejson-harvest-bench");
        try {
            Registry r = Registry.parse(registry.toString(), "registry.json", false);
            for (String run : List.of("first harvest (empty cache)", "second harvest (every file 304)")) {
                long start = System.nanoTime();
                Harvest h = new Harvester(new CodeJson(), FetchSettings.DEFAULT, new HarvestCache(cache), line -> { }).run(r);
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("%s: %d agencies x %d releases: %d ms, %d releases in the statewide inventory, %d reachable%n", run,
                        agencies, releases, millis, h.statewide().map(m -> m.releasesWritten()).orElse(0),
                        h.agencies().stream().filter(s -> s.reachable()).count());
            }
        } finally {
            server.stop(0);
            threads.shutdownNow();
            delete(cache);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
