package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.harvest.AgencyStatus;
import gov.ca.code.codejson.harvest.FetchSettings;
import gov.ca.code.codejson.harvest.Harvest;
import gov.ca.code.codejson.harvest.HarvestCache;
import gov.ca.code.codejson.harvest.Harvester;
import gov.ca.code.codejson.harvest.Registry;
import gov.ca.code.codejson.harvest.RegistryException;
import gov.ca.code.codejson.harvest.SourceStatus;
import gov.ca.code.codejson.harvest.StatusReport;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.json.ReadLimits;
import gov.ca.code.codejson.merge.MergeResult;

/** {@code codejson harvest}: fetch every agency's code.json and build the statewide inventory. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Fetch every agency's code.json listed in the registry (JSON or YAML, see docs/registry.schema.json),"
                + " validate each file, merge them into the statewide inventory and report per agency.",
            "Writes to --out: code.json (statewide), merge-report.json, harvest-status.json, harvest-status.html and"
                + " agencies/ID.json (each agency's inventory). A file that cannot be fetched keeps last harvest's copy from"
                + " the cache; an unchanged file is not downloaded again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every agency fetched, every file valid", "1:every agency fetched, some file invalid",
            "2:the registry could not be read, no statewide inventory could be built, or bad usage",
            "3:some agencies could not be fetched or read (reported; last harvest's copy used where there is one)"})
final class HarvestCommand implements Callable<Integer> {

    /** Some agencies could not be fetched or their file could not be read. */
    static final int UNREACHABLE = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the results (default: harvest).")
    private Path out = Path.of("harvest");

    @Option(names = "--cache", paramLabel = "DIR", description = "Last harvest's copies, kept between harvests (default: OUT/cache).")
    private Path cache;

    @Option(names = "--quiet", description = "No progress on standard error.")
    private boolean quiet;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", description = "How long one response may take (default: 30).")
    private int readTimeout = 30;

    @Option(names = "--parallel", paramLabel = "N", description = "How many agencies to fetch at a time (default: 4).")
    private int parallel = 4;

    @Parameters(paramLabel = "REGISTRY", description = "The registry of agencies.")
    private Path registryFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Registry registry;
        try {
            registry = Registry.read(registryFile);
        } catch (RegistryException e) {
            for (String problem : e.problems()) {
                err.println(e.source() + ": error: " + problem);
            }
            return Main.UNUSABLE;
        }
        if (readTimeout < 1 || parallel < 1) {
            err.println("codejson: --read-timeout and --parallel must be at least 1");
            return Main.UNUSABLE;
        }
        ReadLimits limits = readLimits.limits();
        // A download is cut off at 32 MiB unless --max-bytes says otherwise; then it bounds both.
        long maxDownload = readLimits.bytesGiven() ? limits.maxDocumentBytes() : FetchSettings.DEFAULT.maxBytes();
        FetchSettings settings = new FetchSettings(FetchSettings.DEFAULT.connectTimeout(), Duration.ofSeconds(readTimeout),
                maxDownload, FetchSettings.DEFAULT.maxRedirects(), parallel, FetchSettings.DEFAULT.userAgent());
        Path cacheDir = cache == null ? out.resolve("cache") : cache;
        CodeJson codejson = new CodeJson(limits);
        long start = System.nanoTime();
        Harvester harvester = new Harvester(codejson, settings, new HarvestCache(cacheDir), line -> {
            if (!quiet) {
                synchronized (err) {
                    err.println("codejson: " + line);
                    err.flush();
                }
            }
        });
        Harvest harvest = harvester.run(registry);

        // One set of files for this run, all or none; what an earlier run wrote and this one does not
        // (an agency no longer listed, a statewide inventory when none could be made) does not stay.
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonWriter json = new JsonWriter();
        for (AgencyStatus a : harvest.agencies()) {
            var inventory = harvest.agencyInventory(a.agency().id());
            if (inventory.isPresent()) {
                files.put("agencies/" + a.agency().id() + ".json", codejson.write(inventory.get().output()).getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Path> written = new ArrayList<>();
        if (harvest.statewide().isPresent()) {
            MergeResult statewide = harvest.statewide().get();
            files.put("code.json", codejson.write(statewide.output()).getBytes(StandardCharsets.UTF_8));
            files.put("merge-report.json", json.writeBytes(statewide.report()));
            written.add(out.resolve("code.json"));
            written.add(out.resolve("merge-report.json"));
        }
        files.put("harvest-status.json", json.writeBytes(StatusReport.json(harvest)));
        files.put("harvest-status.html", StatusReport.html(harvest).getBytes(StandardCharsets.UTF_8));
        written.add(out.resolve("harvest-status.json"));
        written.add(out.resolve("harvest-status.html"));
        OwnedFolder.write(out, files);
        // Only a harvest whose results are written is the one the next compares with.
        harvester.remember(harvest);

        for (AgencyStatus a : harvest.agencies()) {
            for (SourceStatus s : a.sources()) {
                if (!s.reachable()) {
                    err.println("codejson: " + a.agency().id() + ": " + s.message());
                }
            }
        }
        for (String problem : harvest.mergeProblems()) {
            err.println("codejson: " + problem);
        }
        long reachable = harvest.agencies().stream().filter(AgencyStatus::reachable).count();
        err.println("codejson: " + reachable + " of " + harvest.agencies().size() + " agencies fetched; "
                + harvest.statewide().map(r -> r.releasesWritten() + " releases in the statewide inventory").orElse("no statewide inventory")
                + "; " + ((System.nanoTime() - start) / 1_000_000) + " ms; wrote "
                + String.join(", ", written.stream().map(Path::toString).toList()));
        if (harvest.statewide().isEmpty()) {
            return Main.UNUSABLE;
        }
        if (harvest.someUnreachable()) {
            return UNREACHABLE;
        }
        return harvest.someInvalid() ? Main.INVALID : Main.VALID;
    }
}
