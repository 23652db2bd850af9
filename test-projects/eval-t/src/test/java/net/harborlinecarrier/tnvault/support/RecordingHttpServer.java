package net.harborlinecarrier.tnvault.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny Dashboard stand-in on com.sun.net.httpserver, for code that builds its own URLs
 * (the Iris SDK, java.net.http) and cannot be handed a WebTarget.
 */
public final class RecordingHttpServer implements AutoCloseable {

    public record Recorded(String method, String uri, String body) {
    }

    private record Canned(int status, String body, String location) {
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Deque<Canned> responses = new ArrayDeque<>();

    private RecordingHttpServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
    }

    public static RecordingHttpServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        RecordingHttpServer recording = new RecordingHttpServer(server);
        server.start();
        return recording;
    }

    public synchronized void enqueue(int status, String body) {
        responses.add(new Canned(status, body, null));
    }

    public synchronized void enqueue(int status, String body, String location) {
        responses.add(new Canned(status, body, location));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Recorded> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
        Canned canned;
        synchronized (this) {
            canned = responses.isEmpty() ? new Canned(200, "", null) : responses.poll();
        }
        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (canned.location() != null) {
            exchange.getResponseHeaders().add("Location", canned.location());
        }
        exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
