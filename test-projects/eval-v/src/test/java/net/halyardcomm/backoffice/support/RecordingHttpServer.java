package net.halyardcomm.backoffice.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Fake Dashboard: records every request and answers with canned responses matched by
 * method and path prefix (longest prefix wins). Unmatched requests get 404.
 */
public final class RecordingHttpServer implements AutoCloseable {

    /** One request as the fake saw it. */
    public static final class RecordedRequest {
        private final String method;
        private final String path;
        private final String query;
        private final String body;
        private final Map<String, List<String>> headers;

        RecordedRequest(String method, String path, String query, String body, Map<String, List<String>> headers) {
            this.method = method;
            this.path = path;
            this.query = query;
            this.body = body;
            this.headers = headers;
        }

        public String method() { return method; }
        public String path() { return path; }
        public String query() { return query == null ? "" : query; }
        public String body() { return body; }

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query);
        }
    }

    private static final class Canned {
        final String method;
        final String pathPrefix;
        final int status;
        final String body;
        final String location;

        Canned(String method, String pathPrefix, int status, String body, String location) {
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.status = status;
            this.body = body;
            this.location = location;
        }
    }

    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<RecordedRequest>();
    private final List<Canned> canned = new CopyOnWriteArrayList<Canned>();

    private RecordingHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
    }

    public static RecordingHttpServer start() throws IOException {
        RecordingHttpServer s = new RecordingHttpServer();
        s.server.start();
        return s;
    }

    public RecordingHttpServer respond(String method, String pathPrefix, int status, String body) {
        return respond(method, pathPrefix, status, body, null);
    }

    public RecordingHttpServer respond(String method, String pathPrefix, int status, String body, String location) {
        canned.add(new Canned(method, pathPrefix, status, body, location));
        return this;
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public RecordedRequest last() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request was made");
        }
        return requests.get(requests.size() - 1);
    }

    public List<RecordedRequest> all() {
        return Collections.unmodifiableList(new ArrayList<RecordedRequest>(requests));
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        requests.add(new RecordedRequest(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(), body,
                ex.getRequestHeaders()));
        Canned match = null;
        for (Canned c : canned) {
            if ((c.method == null || c.method.equals(ex.getRequestMethod())) && path.startsWith(c.pathPrefix)
                    && (match == null || c.pathPrefix.length() > match.pathPrefix.length())) {
                match = c;
            }
        }
        int status = match == null ? 404 : match.status;
        byte[] out = (match == null || match.body == null ? "" : match.body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        if (match != null && match.location != null) {
            ex.getResponseHeaders().set("Location", match.location);
        }
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
