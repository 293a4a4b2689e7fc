package gov.ca.code.codejson;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/**
 * The one-time set-up of reading and validation, done once per process on a daemon thread: it
 * reads, validates under every profile and writes a bundled code.gov 2.0.0 inventory, so that the
 * engine's bootstrap, its metadata of every record type and the classes of the path are ready
 * before the caller's first document arrives.
 */
final class Preparation {

    /** The bundled inventory: one release with every code.gov field, valid under every profile. */
    static final String DOCUMENT = "prepare.json";

    /** The name of the thread that prepares. */
    static final String THREAD = "codejson-prepare";

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Completed when the set-up ends: true when it went through, false when it stopped on a problem. */
    private static final CompletableFuture<Boolean> DONE = new CompletableFuture<>();

    private Preparation() {
    }

    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(Preparation::run, THREAD);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void run() {
        try (InputStream in = Preparation.class.getResourceAsStream(DOCUMENT)) {
            CodeJson codejson = new CodeJson();
            Document document = codejson.read(in, DOCUMENT, Family.CODEGOV_2_0_0);
            for (Profile profile : document.family().profiles()) {
                codejson.validate(document, profile);
            }
            codejson.write(document);
            DONE.complete(true);
        } catch (IOException | JsonReadException | RuntimeException | LinkageError e) {
            // Only time is at stake: the caller's own reading and validation meet and report any real problem.
            DONE.complete(false);
        }
    }

    /** {@return the end of the set-up, for tests: whether it went through} */
    static CompletableFuture<Boolean> done() {
        return DONE;
    }
}
