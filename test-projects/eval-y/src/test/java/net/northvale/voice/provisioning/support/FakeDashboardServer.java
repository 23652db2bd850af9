package net.northvale.voice.provisioning.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-process stand-in for the Dashboard: records every request and answers with canned bodies,
 * matched by longest path prefix.
 */
public final class FakeDashboardServer implements AutoCloseable {

    public record RecordedRequest(String method, String path, String query, String body, String contentType) {
    }

    private record Canned(int status, String body, String location) {
    }

    private final HttpServer server;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Canned> answers = new LinkedHashMap<>();

    public FakeDashboardServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeDashboardServer respond(String pathPrefix, int status, String body) {
        answers.put(pathPrefix, new Canned(status, body, null));
        return this;
    }

    public FakeDashboardServer created(String pathPrefix, String location) {
        answers.put(pathPrefix, new Canned(201, "", location));
        return this;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest last() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request reached the fake Dashboard");
        }
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new RecordedRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                body, exchange.getRequestHeaders().getFirst("Content-Type")));

        Canned canned = answers.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(new Canned(404, "<ErrorResponse><Description>not stubbed</Description></ErrorResponse>", null));

        byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (canned.location() != null) {
            exchange.getResponseHeaders().add("Location", baseUrl() + canned.location());
        }
        exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
