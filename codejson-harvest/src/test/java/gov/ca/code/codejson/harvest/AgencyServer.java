package gov.ca.code.codejson.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on the loopback address that plays well- and badly-behaved agencies. */
final class AgencyServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Every request's path and its If-None-Match header ("" when absent). */
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Every request's path and its Authorization header ("" when absent). */
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

    AgencyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path + " " + String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")).replace("null", ""));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(path + " " + (authorization == null ? "" : authorization));
            HttpHandler h = handlers.get(path);
            try {
                if (h == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    h.handle(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
    }

    /** Serves a file with an ETag, answering 304 when the client already has it. */
    AgencyServer file(String path, String body, String etag) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        handlers.put(path, e -> {
            if (etag.equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                e.getResponseHeaders().add("ETag", etag);
                e.sendResponseHeaders(304, -1);
                return;
            }
            e.getResponseHeaders().add("ETag", etag);
            e.getResponseHeaders().add("Content-Type", "application/json");
            send(e, bytes);
        });
        return this;
    }

    /** Serves a file only to a request that carries this Authorization header, else answers 401. */
    AgencyServer authorized(String path, String body, String authorization) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        handlers.put(path, e -> {
            if (!authorization.equals(e.getRequestHeaders().getFirst("Authorization"))) {
                e.sendResponseHeaders(401, -1);
                return;
            }
            send(e, bytes);
        });
        return this;
    }

    AgencyServer bytes(String path, byte[] body, Map<String, String> headers) {
        handlers.put(path, e -> {
            headers.forEach((k, v) -> e.getResponseHeaders().add(k, v));
            send(e, body);
        });
        return this;
    }

    AgencyServer gzip(String path, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes(path, out.toByteArray(), Map.of("Content-Encoding", "gzip"));
    }

    AgencyServer redirect(String path, String location) {
        handlers.put(path, e -> {
            e.getResponseHeaders().add("Location", location);
            e.sendResponseHeaders(302, -1);
        });
        return this;
    }

    AgencyServer status(String path, int status) {
        handlers.put(path, e -> e.sendResponseHeaders(status, -1));
        return this;
    }

    /** Waits before it answers at all. */
    AgencyServer slowHeaders(String path, long millis) {
        handlers.put(path, e -> {
            pause(millis);
            send(e, "{}".getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    /** Answers at once, then stops sending half-way through the body. */
    AgencyServer slowBody(String path, String body, long millis) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        handlers.put(path, e -> {
            e.sendResponseHeaders(200, bytes.length);
            OutputStream out = e.getResponseBody();
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            pause(millis);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        });
        return this;
    }

    /** Sends spaces (valid JSON whitespace) for ever. */
    AgencyServer endless(String path) {
        handlers.put(path, e -> {
            e.sendResponseHeaders(200, 0);
            byte[] spaces = " ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            OutputStream out = e.getResponseBody();
            try {
                while (stopped.getCount() > 0) {
                    out.write(spaces);
                }
            } catch (IOException gone) {
                // The client hung up, as it should past its limit.
            }
        });
        return this;
    }

    /** Promises the whole body, sends part of it and closes the connection. */
    AgencyServer closesMidBody(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        handlers.put(path, e -> {
            e.sendResponseHeaders(200, bytes.length);
            OutputStream out = e.getResponseBody();
            out.write(bytes, 0, bytes.length / 3);
            out.flush();
            // Closing the exchange short of the promised length drops the connection.
        });
        return this;
    }

    private void pause(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange e, byte[] bytes) throws IOException {
        e.sendResponseHeaders(200, bytes.length);
        e.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
