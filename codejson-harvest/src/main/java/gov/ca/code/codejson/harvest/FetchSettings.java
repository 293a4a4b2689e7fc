package gov.ca.code.codejson.harvest;

import java.time.Duration;
import java.util.Objects;

/**
 * How a harvest talks to agencies' servers.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long the whole response (headers and body) may take once connected
 * @param maxBytes the largest file accepted, counted after gzip decoding
 * @param maxRedirects how many redirects one fetch follows
 * @param parallelism how many agencies are fetched at a time
 * @param userAgent the {@code User-Agent} sent with every request
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects, int parallelism,
        String userAgent) {

    /** Ten seconds to connect, thirty for the response, 32 MiB, five redirects, four agencies at a time. */
    public static final FetchSettings DEFAULT = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
            32L * 1024 * 1024, 5, 4, "codejson-harvest (+https://code.ca.gov/codejson)");

    /** Checks the settings. */
    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBytes < 1 || maxRedirects < 0 || parallelism < 1) {
            throw new IllegalArgumentException("maxBytes and parallelism must be positive, maxRedirects not negative");
        }
    }

    /** {@return these settings with another read timeout} */
    public FetchSettings withReadTimeout(Duration value) {
        return new FetchSettings(connectTimeout, value, maxBytes, maxRedirects, parallelism, userAgent);
    }

    /** {@return these settings with another size limit} */
    public FetchSettings withMaxBytes(long value) {
        return new FetchSettings(connectTimeout, readTimeout, value, maxRedirects, parallelism, userAgent);
    }
}
