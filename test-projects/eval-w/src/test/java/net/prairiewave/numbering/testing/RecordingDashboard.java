package net.prairiewave.numbering.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal fake of the Dashboard API on a JDK HttpServer: records every request and answers
 * with canned XML chosen by path prefix (longest match wins).
 */
public final class RecordingDashboard implements AutoCloseable {

    private final HttpServer server;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Response> responses = new LinkedHashMap<>();

    private record Response(int status, String body) {
    }

    private RecordingDashboard(HttpServer server) {
        this.server = server;
    }

    public static RecordingDashboard start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        RecordingDashboard fake = new RecordingDashboard(server);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    public RecordingDashboard respond(String pathPrefix, int status, String body) {
        responses.put(pathPrefix, new Response(status, body));
        return this;
    }

    public RecordingDashboard respond(String pathPrefix, String body) {
        return respond(pathPrefix, 200, body);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest only() {
        if (requests.size() != 1) {
            throw new AssertionError("Expected exactly one request, got " + requests);
        }
        return requests.get(0);
    }

    public RecordedRequest last() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new RecordedRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                body, exchange.getRequestHeaders().getFirst("Authorization")));
        Response response = responses.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(new Response(404, "<Error><Code>404</Code></Error>"));
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
