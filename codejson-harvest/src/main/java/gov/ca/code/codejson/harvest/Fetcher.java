package gov.ca.code.codejson.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

import gov.ca.code.codejson.Credentials;

/**
 * Fetches one code.json over HTTP with the JDK's client: a connect timeout, a deadline for the
 * whole response, a size limit applied while the body streams in, gzip, conditional requests, and
 * redirects followed by hand so that each hop is checked (bounded in number, http and https only).
 * Instances are thread-safe; {@link #close} stops the timer thread.
 */
public final class Fetcher implements AutoCloseable {

    private final FetchSettings settings;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines;

    /**
     * Creates a fetcher.
     *
     * @param settings the timeouts, limits and user agent
     */
    public Fetcher(FetchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        // Redirects are never left to the client: it would follow them without the scheme check.
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "codejson-harvest-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Fetches an address, the validators sent to the address itself.
     *
     * @param address http or https
     * @param etag the cached copy's {@code ETag}, or "" when there is none
     * @param lastModified the cached copy's {@code Last-Modified}, or ""
     * @return the file, "not modified", or why it failed; never throws for network trouble
     * @throws InterruptedException when the thread is interrupted
     */
    public FetchResult fetch(URI address, String etag, String lastModified) throws InterruptedException {
        return fetch(address, etag, lastModified, "");
    }

    /**
     * Fetches an address. The cached copy's validators go to the address the copy came from, which
     * may be where the address redirects to; a server answers "not modified" only there. User
     * information in the address ({@code https://user:password@host/}) is sent as HTTP Basic
     * authentication to that host only, never to a host a redirect leads to.
     *
     * @param address http or https
     * @param etag the cached copy's {@code ETag}, or "" when there is none
     * @param lastModified the cached copy's {@code Last-Modified}, or ""
     * @param copiedFrom the address the cached copy came from, credentials removed, or "" for {@code address} itself
     * @return the file, "not modified", or why it failed; never throws for network trouble
     * @throws InterruptedException when the thread is interrupted
     */
    public FetchResult fetch(URI address, String etag, String lastModified, String copiedFrom) throws InterruptedException {
        URI current = address;
        String authorization = address.getRawUserInfo() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                URLDecoder.decode(address.getRawUserInfo().replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(current).GET().timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "application/json")
                    .header("Accept-Encoding", "gzip");
            if (authorization != null && sameOrigin(address, current)) {
                request.header("Authorization", authorization);
            }
            // The validators only belong to the address the copy came from.
            boolean validated = (copiedFrom.isEmpty() ? hop == 0 : copiedFrom.equals(Credentials.filter(current.toString())))
                    && (!etag.isEmpty() || !lastModified.isEmpty());
            if (validated && !etag.isEmpty()) {
                request.header("If-None-Match", etag);
            }
            if (validated && !lastModified.isEmpty()) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                return failure(e, current);
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                drain(response.body());
                String location = response.headers().firstValue("Location").orElse("");
                if (location.isEmpty()) {
                    return new FetchResult.Failed(FetchFailure.REDIRECT, current + " redirects (HTTP " + status + ") without saying where");
                }
                URI next;
                try {
                    next = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    return new FetchResult.Failed(FetchFailure.REDIRECT, current + " redirects to \"" + location + "\", which is not an address");
                }
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return new FetchResult.Failed(FetchFailure.REDIRECT, current + " redirects to " + next
                            + "; only http and https addresses are followed");
                }
                if (hop >= settings.maxRedirects()) {
                    return new FetchResult.Failed(FetchFailure.REDIRECT, address + " redirects more than "
                            + settings.maxRedirects() + " times (last to " + next + ")");
                }
                current = next;
                continue;
            }
            if (status == 304 && validated) {
                drain(response.body());
                return new FetchResult.NotModified();
            }
            if (status != 200) {
                drain(response.body());
                return new FetchResult.Failed(FetchFailure.HTTP_STATUS, current + " answers HTTP " + status);
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBytes()) {
                drain(response.body());
                return tooLarge(current);
            }
            return body(response, current, encoding);
        }
    }

    /** {@return whether two addresses have the same scheme, host and port}: credentials go nowhere else */
    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme())) && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private FetchResult body(HttpResponse<InputStream> response, URI from, String encoding) {
        AtomicBoolean late = new AtomicBoolean();
        InputStream raw = response.body();
        // The client's timeout ends when the headers arrive; the body gets the same deadline by
        // closing its stream, which makes a pending read fail.
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            late.set(true);
            close(raw);
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = encoding.equals("gzip") || encoding.equals("x-gzip") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > settings.maxBytes()) {
                    return tooLarge(from);
                }
                out.write(buffer, 0, n);
            }
            return new FetchResult.Fetched(out.toByteArray(), response.headers().firstValue("ETag").orElse(""),
                    response.headers().firstValue("Last-Modified").orElse(""), from.toString());
        } catch (ZipException e) {
            return new FetchResult.Failed(FetchFailure.INCOMPLETE, from + " sent a gzip body that does not decode: " + e.getMessage());
        } catch (IOException e) {
            if (late.get()) {
                return new FetchResult.Failed(FetchFailure.TIMEOUT, from + " did not send the whole file within "
                        + seconds(settings.readTimeout().toMillis()));
            }
            return new FetchResult.Failed(FetchFailure.INCOMPLETE, from + ": the connection ended before the whole file arrived ("
                    + message(e) + ")");
        } finally {
            deadline.cancel(false);
            close(raw);
        }
    }

    private FetchResult tooLarge(URI from) {
        return new FetchResult.Failed(FetchFailure.TOO_LARGE, from + " sends more than " + settings.maxBytes()
                + " bytes, the limit; a code.json that large is not an inventory");
    }

    private FetchResult failure(IOException e, URI address) {
        // A name that does not resolve comes wrapped in a ConnectException: the whole chain is looked at for it first.
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new FetchResult.Failed(FetchFailure.DNS, "the host name " + address.getHost() + " does not resolve");
            }
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new FetchResult.Failed(FetchFailure.TIMEOUT, "no connection to " + address.getHost() + " within "
                        + seconds(settings.connectTimeout().toMillis()));
            }
            if (cause instanceof HttpTimeoutException) {
                return new FetchResult.Failed(FetchFailure.TIMEOUT, address + " did not answer within "
                        + seconds(settings.readTimeout().toMillis()));
            }
            if (cause instanceof SSLException) {
                return new FetchResult.Failed(FetchFailure.TLS, "the TLS handshake with " + address.getHost() + " failed: " + message(cause));
            }
            if (cause instanceof ConnectException) {
                return new FetchResult.Failed(FetchFailure.CONNECTION, "no connection to " + address.getHost()
                        + (address.getPort() < 0 ? "" : ":" + address.getPort()) + ": " + message(cause));
            }
            cause = cause.getCause();
        }
        return new FetchResult.Failed(FetchFailure.INCOMPLETE, address + ": the connection ended before the whole answer arrived ("
                + message(e) + ")");
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static void drain(InputStream in) {
        close(in);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing a stream the server already broke has nothing left to report.
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
