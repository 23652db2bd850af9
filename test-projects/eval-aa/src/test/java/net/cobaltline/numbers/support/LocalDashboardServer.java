package net.cobaltline.numbers.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Dashboard stand-in on 127.0.0.1 for tests that need real HTTP (timeouts, headers,
 * the retry on 5xx). Routes are matched on the exact request path.
 */
public class LocalDashboardServer implements AutoCloseable {

    public record Hit(String method, String path, String query, String body) {
    }

    private record Route(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public LocalDashboardServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Base URL shaped like the production one, so that client code appends the same paths. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    public LocalDashboardServer respond(String method, String path, int status, String body) {
        routes.put(method + " " + path, new Route(status, body));
        return this;
    }

    public List<Hit> hits() {
        return hits;
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        hits.add(new Hit(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), body));
        Route r = routes.getOrDefault(ex.getRequestMethod() + " " + path, new Route(404, "<Error>no route</Error>"));
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/xml");
        ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
