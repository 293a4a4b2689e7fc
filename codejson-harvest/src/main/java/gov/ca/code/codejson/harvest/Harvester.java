package gov.ca.code.codejson.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Credentials;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.report.DiagnosticFormat;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.merge.InventoryMerger;
import gov.ca.code.codejson.merge.MergeException;
import gov.ca.code.codejson.merge.MergeInput;
import gov.ca.code.codejson.merge.MergeOptions;
import gov.ca.code.codejson.merge.MergeResult;
import gov.ca.code.codejson.merge.QuarantinePolicy;
import gov.ca.code.codejson.metrics.InventoryMetrics;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import tools.jackson.databind.JsonNode;

/**
 * Runs a harvest: fetches every agency's files a few agencies at a time, reads and validates each
 * like a local file, merges each agency's files into its inventory and all of them into the
 * statewide inventory with the merge rules of {@code codejson merge}.
 */
public final class Harvester {

    /** How many located problems the status report lists per file. */
    public static final int PROBLEMS_LISTED = 5;

    /** How problems of a merge are spelled in the status report. */
    private static final DiagnosticFormat LINES = DiagnosticFormat.of("codejson", "");

    private final CodeJson codejson;
    private final FetchSettings settings;
    private final HarvestCache cache;
    private final Consumer<String> progress;

    /**
     * Creates a harvester.
     *
     * @param codejson the reader and validator
     * @param settings timeouts, limits, parallelism and user agent
     * @param cache last harvest's copies; this harvest's are stored into it
     * @param progress receives one line per agency as it finishes
     */
    public Harvester(CodeJson codejson, FetchSettings settings, HarvestCache cache, Consumer<String> progress) {
        this.codejson = Objects.requireNonNull(codejson, "codejson");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Harvests every agency of a registry.
     *
     * @param registry the registry
     * The status report is kept in the cache for the next harvest's "change since".
     *
     * @return each agency's status and inventory, and the statewide inventory
     * @throws IOException when the cache cannot be written
     * @throws InterruptedException when the thread is interrupted
     */
    public Harvest run(Registry registry) throws IOException, InterruptedException {
        Map<String, JsonNode> previous = previousAgencies();
        List<Registry.Agency> agencies = registry.agencies();
        AtomicInteger done = new AtomicInteger();
        List<Future<AgencyRun>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelism(), agencies.size()));
        try (Fetcher fetcher = new Fetcher(settings)) {
            for (Registry.Agency agency : agencies) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    AgencyRun run = harvest(fetcher, agency, previous.get(agency.id()));
                    progress.accept(progressLine(done.incrementAndGet(), agencies.size(), run, System.nanoTime() - start));
                    return run;
                }));
            }
            List<AgencyStatus> statuses = new ArrayList<>();
            Map<String, MergeResult> inventories = new LinkedHashMap<>();
            List<MergeInput> all = new ArrayList<>();
            for (Future<AgencyRun> f : futures) {
                AgencyRun run = get(f);
                statuses.add(run.status());
                if (run.inventory() != null) {
                    inventories.put(run.status().agency().id(), run.inventory());
                }
                all.addAll(run.inputs());
            }
            MergeResult statewide = null;
            List<String> problems = new ArrayList<>();
            if (all.isEmpty()) {
                problems.add("error: no agency's file could be read; there is no statewide inventory");
            } else {
                MergeOptions options = MergeOptions.defaults().withAgency(registry.name())
                        .withMeasurementType(new MeasurementType(Property.of(JsonEnum.byJson(MeasurementMethod.class,
                                registry.measurementMethod()).orElse(MeasurementMethod.PROJECTS)), Property.absent(), Unknown.NONE));
                try {
                    statewide = new InventoryMerger(codejson).merge(all, options);
                } catch (MergeException e) {
                    e.diagnostics().forEach(d -> problems.add(LINES.line(d)));
                }
            }
            return new Harvest(registry, statuses, inventories, statewide, problems);
        } finally {
            pool.shutdownNow();
        }
    }

    private record AgencyRun(AgencyStatus status, MergeResult inventory, List<MergeInput> inputs, long bytes) {
    }

    private AgencyRun harvest(Fetcher fetcher, Registry.Agency agency, JsonNode before) throws IOException, InterruptedException {
        List<SourceStatus> sources = new ArrayList<>();
        List<MergeInput> inputs = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < agency.urls().size(); i++) {
            URI url = agency.urls().get(i);
            // A registry may hold a token or a password in an address: it is used to fetch, and never shown.
            String shown = String.valueOf(Credentials.filter(url.toString()));
            // A cached copy that no longer reads (damaged on disk) is no copy: it must not be kept, nor make the server answer 304.
            Optional<HarvestCache.Copy> cachedCopy = cache.load(agency.id(), i).filter(c -> c.url().equals(shown));
            Optional<Body> cached = cachedCopy.map(c -> read(c.body(), shown)).filter(b -> b.document() != null);
            FetchResult result = fetcher.fetch(url, cached.isEmpty() ? "" : cachedCopy.get().etag(),
                    cached.isEmpty() ? "" : cachedCopy.get().lastModified(), cached.isEmpty() ? "" : cachedCopy.get().from());
            Body body;
            SourceStatus.Outcome outcome;
            FetchFailure failure = null;
            String message = "";
            // Each body is read once: the document it gives is the one validated and merged.
            Body answer = result instanceof FetchResult.Fetched f ? read(f.body(), shown) : null;
            if (answer != null && answer.document() == null && cached.isPresent()) {
                // A maintenance page or an empty answer must not replace last harvest's good copy.
                body = cached.get();
                outcome = SourceStatus.Outcome.KEPT_PREVIOUS;
                failure = FetchFailure.NOT_JSON;
                message = answer.error() + "; last harvest's copy is used";
            } else if (result instanceof FetchResult.Fetched fetched) {
                body = answer;
                outcome = SourceStatus.Outcome.FETCHED;
                cache.store(agency.id(), i, new HarvestCache.Copy(fetched.body(), shown, fetched.etag(), fetched.lastModified(),
                        String.valueOf(Credentials.filter(fetched.from()))));
                if (!fetched.from().equals(url.toString())) {
                    message = "redirected to " + Credentials.filter(fetched.from());
                }
            } else if (result instanceof FetchResult.NotModified && cached.isPresent()) {
                body = cached.get();
                outcome = SourceStatus.Outcome.NOT_MODIFIED;
            } else {
                FetchResult.Failed failed = result instanceof FetchResult.Failed f ? f
                        : new FetchResult.Failed(FetchFailure.HTTP_STATUS, shown + " answers HTTP 304 to a request without validators");
                failure = failed.reason();
                String said = failed.message().replace(url.toString(), shown);
                if (cached.isPresent()) {
                    body = cached.get();
                    outcome = SourceStatus.Outcome.KEPT_PREVIOUS;
                    message = said + "; last harvest's copy is used";
                } else {
                    body = null;
                    outcome = SourceStatus.Outcome.MISSING;
                    message = said + "; there is no earlier copy";
                }
            }
            if (body == null) {
                sources.add(new SourceStatus(shown, outcome, failure, message, 0, "", false, 0, 0, 0, List.of()));
                continue;
            }
            bytes += body.bytes().length;
            Document document = body.document();
            if (document == null) {
                sources.add(new SourceStatus(shown, outcome, failure == null ? FetchFailure.NOT_JSON : failure,
                        join(message, body.error()), body.bytes().length, "", false, 0, 0, 0, List.of()));
                continue;
            }
            ValidationReport report = codejson.validate(document);
            List<SourceStatus.Problem> problems = new ArrayList<>();
            for (Diagnostic v : report.violations()) {
                if (problems.size() == PROBLEMS_LISTED) {
                    break;
                }
                problems.add(new SourceStatus.Problem(v.subject() instanceof Subject.Pointer p ? p.pointer() : LINES.subject(v), v.location().line(), v.location().column(), v.rule(),
                        v.severity().label(), v.message()));
            }
            sources.add(new SourceStatus(shown, outcome, failure, message, body.bytes().length, document.family().id(),
                    report.valid(), report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO), problems));
            // The report goes with the document: neither the agency's merge nor the statewide one validates it again.
            inputs.add(new MergeInput(agency.id() + " " + shown, document, report));
        }
        MergeResult inventory = null;
        String mergeProblem = "";
        if (!inputs.isEmpty()) {
            try {
                inventory = new InventoryMerger(codejson).merge(inputs,
                        MergeOptions.defaults().withAgency(agency.name()).withQuarantine(QuarantinePolicy.KEEP));
            } catch (MergeException e) {
                mergeProblem = String.join("; ", e.diagnostics().stream().map(LINES::line).toList());
            }
        }
        AgencyStatus status;
        if (inventory == null) {
            // Zero written as a computed share is (four decimals), so that the status file reads alike for every agency.
            BigDecimal noShare = BigDecimal.ZERO.setScale(4);
            status = new AgencyStatus(agency, sources, 0, noShare, BigDecimal.ZERO, BigDecimal.ZERO, change(before, 0,
                    noShare, BigDecimal.ZERO));
        } else {
            InventoryMetrics m = InventoryMetrics.of(inventory.inventory());
            status = new AgencyStatus(agency, sources, m.releases(), m.openSourceShare(), m.scoreSummary().median(),
                    m.laborHours().total(), change(before, m.releases(), m.openSourceShare(), m.scoreSummary().median()));
        }
        if (!mergeProblem.isEmpty()) {
            progress.accept(agency.id() + ": its files cannot be merged: " + mergeProblem);
        }
        return new AgencyRun(status, inventory, inputs, bytes);
    }

    /**
     * Makes a harvest the one the next is compared with ({@code sinceLastHarvest}), by keeping its
     * status report in the cache. Call it once the harvest's results are written: a run whose
     * results could not be written must not become the baseline of the next.
     *
     * @param harvest the harvest this harvester ran
     * @throws IOException when the cache cannot be written
     */
    public void remember(Harvest harvest) throws IOException {
        cache.storeStatus(new JsonWriter().writeBytes(StatusReport.json(harvest)));
    }

    /** A file as fetched or cached: its document when it reads, else why it does not. */
    private record Body(byte[] bytes, @Nullable Document document, String error) {
    }

    private Body read(byte[] bytes, String name) {
        try {
            return new Body(bytes, codejson.read(new ByteArrayInputStream(bytes), name, null), "");
        } catch (JsonReadException e) {
            return new Body(bytes, null, e.describe(name));
        }
    }

    private static AgencyStatus.Change change(JsonNode before, long releases, BigDecimal share, BigDecimal score) {
        if (before == null) {
            return AgencyStatus.Change.UNKNOWN;
        }
        return new AgencyStatus.Change(true, releases - before.path("releases").asLong(0),
                share.subtract(before.path("openSourceShare").decimalValue(BigDecimal.ZERO)),
                score.subtract(before.path("medianScore").decimalValue(BigDecimal.ZERO)));
    }

    private Map<String, JsonNode> previousAgencies() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        cache.previousStatus().ifPresent(report -> {
            for (JsonNode a : report.path("agencyStatus")) {
                byId.put(a.path("id").asString(""), a);
            }
        });
        return byId;
    }

    private static String progressLine(int n, int total, AgencyRun run, long nanos) {
        AgencyStatus s = run.status();
        String what = s.reachable() ? (s.valid() ? "ok" : "invalid") : "NOT FETCHED";
        return "agency " + n + " of " + total + ": " + s.agency().id() + " " + what + ", " + run.bytes() + " bytes, "
                + (nanos / 1_000_000) + " ms";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static AgencyRun get(Future<AgencyRun> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InterruptedException ie) {
                throw ie;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }
}
