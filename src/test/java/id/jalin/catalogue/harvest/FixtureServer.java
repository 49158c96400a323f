package id.jalin.catalogue.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A member's catalogue server played on the loopback address: each request (path and raw query, exactly as the
 * harvester sends it) answered with a fixture file, an HTTP error, or never. Anything not set up is a 404, so a
 * harvester that builds a wrong address fails the test.
 */
public final class FixtureServer implements AutoCloseable {
    private interface Answer {
        void send(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closing = new CountDownLatch(1);

    private FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FixtureServer start() {
        try {
            return new FixtureServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code pathAndQuery} with the fixture file of that name, as text/xml. */
    public FixtureServer on(String pathAndQuery, String fixture) {
        byte[] body = fixture(fixture);
        answers.put(pathAndQuery, exchange -> send(exchange, 200, "text/xml; charset=utf-8", body));
        return this;
    }

    public FixtureServer onStatus(String pathAndQuery, int status, String text) {
        answers.put(pathAndQuery, exchange -> send(exchange, status, "text/html; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Takes the request and never answers, until the server closes. */
    FixtureServer silentOn(String pathAndQuery) {
        answers.put(pathAndQuery, exchange -> {
            closing.await(60, TimeUnit.SECONDS);
            exchange.close();
        });
        return this;
    }

    /** Answers with the start of an XML page that never ends, until the client hangs up or the server closes. */
    FixtureServer endlessOn(String pathAndQuery) {
        answers.put(pathAndQuery, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, 0);
            byte[] blanks = new byte[64 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><OAI-PMH>".getBytes(StandardCharsets.UTF_8));
                while (closing.getCount() > 0) {
                    out.write(blanks);
                }
            } catch (IOException hungUp) {
                // The client stopped reading: what the test expects.
            }
        });
        return this;
    }

    public URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the harvester asked for, in order: path and raw query. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String asked = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        requests.add(asked);
        Answer answer = answers.get(asked);
        try {
            if (answer == null) {
                send(exchange, 404, "text/plain", ("No fixture for " + asked).getBytes(StandardCharsets.UTF_8));
            } else {
                answer.send(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = FixtureServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
