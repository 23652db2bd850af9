package net.corvalink.numbering.callbacks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Receives Dashboard subscription callbacks on /iris/notifications.
 */
public class CallbackServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackServer.class);

    private final HttpServer server;

    public CallbackServer(int port, OrderNotificationHandler handler) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/iris/notifications", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    respond(exchange, 405);
                    return;
                }
                handler.handle(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                respond(exchange, 200);
            } catch (Exception e) {
                log.error("callback handling failed", e);
                respond(exchange, 500);
            }
        });
        server.createContext("/healthz", exchange -> respond(exchange, 204));
    }

    public void start() {
        server.start();
        log.info("callback receiver listening on {}", server.getAddress());
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(2);
    }
}
