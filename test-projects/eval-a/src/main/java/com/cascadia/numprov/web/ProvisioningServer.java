package com.cascadia.numprov.web;

import com.cascadia.numprov.callback.OrderNotificationHandler;
import com.cascadia.numprov.domain.ServiceRegion;
import com.cascadia.numprov.geo.AddressValidationClient;
import com.cascadia.numprov.iris.AvailableNumberSearch;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/** The service's own HTTP API, used by the order-entry portal and by Bandwidth callbacks. */
public class ProvisioningServer {

    /** Routes of this service (not Bandwidth's). */
    static final String CUSTOMER_ACCOUNTS = "/api/accounts/";
    static final String NUMBER_SEARCH = "/api/numbers/search";
    static final String CALLBACKS = "/callbacks/iris";

    private final HttpServer server;
    private final AvailableNumberSearch search;
    private final AddressValidationClient geo;

    public ProvisioningServer(int port, AvailableNumberSearch search, AddressValidationClient geo,
                              OrderNotificationHandler callbacks) throws IOException {
        this.search = search;
        this.geo = geo;
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext(CUSTOMER_ACCOUNTS, this::customerAccounts);
        server.createContext(NUMBER_SEARCH, this::numberSearch);
        server.createContext(CALLBACKS, callbacks);
    }

    public void start() {
        server.start();
    }

    /** GET /api/accounts/{customerId}/addresses : saved addresses of a customer. */
    private void customerAccounts(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String[] parts = path.substring(CUSTOMER_ACCOUNTS.length()).split("/");
        if (parts.length == 2 && parts[1].equals("addresses")) {
            try {
                respond(ex, 200, geo.customerAddresses(parts[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(ex, 503, "interrupted");
            }
        } else {
            respond(ex, 404, "not found");
        }
    }

    /** GET /api/numbers/search?areaCode=919&quantity=5 : numbers the portal may offer. */
    private void numberSearch(HttpExchange ex) throws IOException {
        Map<String, String> params = query(ex.getRequestURI().getRawQuery());
        String areaCode = params.getOrDefault("areaCode", "");
        int quantity = Integer.parseInt(params.getOrDefault("quantity", "5"));
        Optional<ServiceRegion> region = areaCode.matches("\\d{3}")
                ? ServiceRegion.byAreaCode(Integer.parseInt(areaCode))
                : Optional.empty();
        if (region.isEmpty()) {
            respond(ex, 400, "<Error>unsupported areaCode</Error>");
            return;
        }
        List<String> numbers = search.search(region.get(), quantity);
        StringBuilder xml = new StringBuilder("<Numbers>");
        numbers.forEach(n -> xml.append("<Number>").append(n).append("</Number>"));
        respond(ex, 200, xml.append("</Numbers>").toString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
