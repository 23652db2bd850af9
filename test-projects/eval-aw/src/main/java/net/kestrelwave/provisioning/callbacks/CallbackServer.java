package net.kestrelwave.provisioning.callbacks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.kestrelwave.provisioning.messaging.MessagingNotifier;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Our HTTP endpoints for callbacks (behind the hooks.kestrelwave.net load balancer).
 */
public class CallbackServer {

    public static final String DASHBOARD_NOTIFICATIONS = "/api/v1/dashboard/notifications";
    public static final String MESSAGING_EVENTS = "/api/v1/messaging/callbacks";
    public static final String HEALTH = "/api/health";

    private final HttpServer server;

    public CallbackServer(int port, OrderNotificationHandler orders, MessagingNotifier messages)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext(DASHBOARD_NOTIFICATIONS, exchange -> {
            orders.onNotification(read(exchange));
            respond(exchange, 200);
        });
        server.createContext(MESSAGING_EVENTS, exchange -> {
            messages.parseDeliveryReceipts(read(exchange));
            respond(exchange, 204);
        });
        server.createContext(HEALTH, exchange -> respond(exchange, 200));
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(2);
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
