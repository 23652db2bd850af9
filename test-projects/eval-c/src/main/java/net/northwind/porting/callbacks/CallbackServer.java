package net.northwind.porting.callbacks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.northwind.porting.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tiny HTTP server for the carrier's callbacks plus two internal endpoints for the ops team.
 * Runs as the {@code callback-server} job.
 */
public class CallbackServer {

    private static final Logger log = LoggerFactory.getLogger(CallbackServer.class);

    static final String ORDER_CALLBACKS = "/api/v1/callbacks/orders";
    static final String ACCOUNT_LOOKUP = "/api/accounts/";

    private final OrderNotificationHandler handler;
    private final SubscriberStore store;
    private HttpServer server;

    public CallbackServer(OrderNotificationHandler handler, SubscriberStore store) {
        this.handler = handler;
        this.store = store;
    }

    public void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext(ORDER_CALLBACKS, this::onOrderCallback);
        server.createContext(ACCOUNT_LOOKUP, this::onAccountLookup);
        server.createContext("/api/v1/health", ex -> respond(ex, 200, "OK"));
        server.start();
        log.info("callback server listening on :{}{}", port, ORDER_CALLBACKS);
    }

    public void stop() {
        if (server != null) {
            server.stop(1);
        }
    }

    private void onOrderCallback(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        List<String> unmatched = handler.handle(body);
        if (!unmatched.isEmpty()) {
            log.warn("{} numbers in callback not found in store: {}", unmatched.size(), unmatched);
        }
        respond(ex, 200, "");
    }

    private void onAccountLookup(HttpExchange ex) throws IOException {
        respond(ex, 200, "{\"subscribers\":" + store.size() + "}");
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
