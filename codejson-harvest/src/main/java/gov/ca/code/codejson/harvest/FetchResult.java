package gov.ca.code.codejson.harvest;

import java.util.Objects;

/** What one fetch of one address gave. */
public sealed interface FetchResult {

    /**
     * The server sent the file.
     *
     * @param body the file, decoded from gzip when it was sent so
     * @param etag the {@code ETag} header, or ""
     * @param lastModified the {@code Last-Modified} header, or ""
     * @param from the address it finally came from, after redirects
     */
    record Fetched(byte[] body, String etag, String lastModified, String from) implements FetchResult {

        /** Checks the values; the body is kept as given. */
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
            Objects.requireNonNull(from, "from");
        }
    }

    /** The server said the cached copy is still current (HTTP 304). */
    record NotModified() implements FetchResult {
    }

    /**
     * The file could not be fetched.
     *
     * @param reason why, as a stable code
     * @param message what happened, for people
     */
    record Failed(FetchFailure reason, String message) implements FetchResult {

        /** Checks the values. */
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
