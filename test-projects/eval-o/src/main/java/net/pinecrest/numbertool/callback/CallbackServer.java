package net.pinecrest.numbertool.callback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.pinecrest.numbertool.config.CallbackServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * Receives the Dashboard's order notifications on the NOC box. Plain JDK HTTP server: it handles a
 * few requests an hour.
 */
public class CallbackServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackServer.class);

    private final CallbackServerSettings settings;
    private final NotificationHandler handler;
    private HttpServer server;

    public CallbackServer(CallbackServerSettings settings, NotificationHandler handler) {
        this.settings = settings;
        this.handler = handler;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 16);
        server.createContext(settings.contextPath(), this::onNotification);
        server.createContext("/api/health", exchange -> respond(exchange, 200, "OK"));
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        log.info("listening on {}:{}{}", settings.bindAddress(), settings.port(), settings.contextPath());
    }

    private void onNotification(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "");
            return;
        }
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "");
            return;
        }
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            handler.handle(body);
            respond(exchange, 200, "");
        } catch (RuntimeException e) {
            log.error("could not process notification: {}", body, e);
            respond(exchange, 500, "");
        }
    }

    boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String expected = settings.basicUser() + ":" + settings.basicPassword();
        String given = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return expected.equals(given);
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(1);
        }
    }
}
