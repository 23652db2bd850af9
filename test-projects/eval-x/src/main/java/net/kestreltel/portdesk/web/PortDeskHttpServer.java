package net.kestreltel.portdesk.web;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.kestreltel.portdesk.callbacks.DashboardCallbackHandler;
import net.kestreltel.portdesk.e911.E911AddressService;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Our own HTTP surface: Dashboard callbacks plus the internal API used by the porting desk UI. */
public class PortDeskHttpServer {

    static final String CALLBACK_PATH = "/callbacks/dashboard";
    static final String ADDRESSES_PATH = "/api/addresses";
    static final String PORTS_PATH = "/api/v1/ports";
    static final String SEARCH_PATH = "/api/numbers/search"; // ?areaCode=704 from the UI

    private final DashboardCallbackHandler callbacks;
    private final E911AddressService addresses;
    private final int port;
    private HttpServer server;

    @Inject
    public PortDeskHttpServer(DashboardCallbackHandler callbacks, E911AddressService addresses,
                              @Named("http.port") String port) {
        this.callbacks = callbacks;
        this.addresses = addresses;
        this.port = Integer.parseInt(port);
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext(CALLBACK_PATH, this::onCallback);
        server.createContext(ADDRESSES_PATH, this::onAddresses);
        server.createContext(PORTS_PATH, exchange -> respond(exchange, 501, "not implemented"));
        server.createContext(SEARCH_PATH, exchange -> respond(exchange, 501, "not implemented"));
        server.start();
        System.out.printf("PortDesk listening on %d (Dashboard v1 base https://dashboard.bandwidth.com/api)%n", port);
    }

    public void stop() {
        if (server != null) {
            server.stop(1);
        }
    }

    private void onCallback(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            callbacks.handle(body);
            respond(exchange, 200, "");
        } catch (Exception e) {
            respond(exchange, 400, e.getMessage());
        }
    }

    private void onAddresses(HttpExchange exchange) throws IOException {
        String json = addresses.allAddresses().stream()
                .map(a -> "{\"id\":\"" + a.id() + "\",\"label\":\"" + a.oneLine() + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, 200, json);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
