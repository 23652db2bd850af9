package net.halyardcomm.backoffice.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import net.halyardcomm.backoffice.crm.CustomerDirectory;
import net.halyardcomm.backoffice.dao.TnInventoryDao;
import net.halyardcomm.backoffice.dao.TnRecord;

/**
 * Our own internal REST API for the customer-care desk:
 * <ul>
 * <li>GET /api/v1/numbers?areaCode=919 - our inventory in one NPA</li>
 * <li>GET /api/v1/numbers/{tn} - one number</li>
 * <li>GET /api/customers/{id}/addresses - service addresses (proxied from the CRM)</li>
 * </ul>
 */
public class BackofficeApiServer {

    public static final String NUMBERS = "/api/v1/numbers";
    public static final String CUSTOMERS = "/api/customers/";

    /** Care agents type numbers in national format; we validate before hitting the DB. */
    private static final Pattern AGENT_INPUT = Pattern.compile("\\d{10}");

    private final HttpServer server;
    private final TnInventoryDao inventory;
    private final CustomerDirectory customers;

    public BackofficeApiServer(int port, TnInventoryDao inventory, CustomerDirectory customers) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        this.inventory = inventory;
        this.customers = customers;
        server.createContext(NUMBERS, this::numbers);
        server.createContext(CUSTOMERS, this::customers);
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(0);
    }

    private void numbers(HttpExchange ex) throws IOException {
        String rest = ex.getRequestURI().getPath().substring(NUMBERS.length());
        if (rest.length() > 1) {
            String tn = rest.substring(1);
            if (!AGENT_INPUT.matcher(tn).matches()) {
                send(ex, 400, "<Error>expected 10 digits</Error>");
                return;
            }
            TnRecord r = inventory.findByTn(tn);
            send(ex, r == null ? 404 : 200, r == null ? "<Error>unknown</Error>" : toXml(r));
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        int areaCode = Integer.parseInt(q.getOrDefault("areaCode", "0"));
        List<TnRecord> records = inventory.byAreaCode(areaCode);
        StringBuilder xml = new StringBuilder("<Numbers>");
        for (TnRecord r : records) {
            xml.append(toXml(r));
        }
        send(ex, 200, xml.append("</Numbers>").toString());
    }

    private void customers(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.endsWith("/addresses")) {
            String id = path.substring(CUSTOMERS.length(), path.length() - "/addresses".length());
            send(ex, 200, customers.serviceAddressXml(id));
            return;
        }
        send(ex, 404, "<Error>not found</Error>");
    }

    private static String toXml(TnRecord r) {
        return "<Number><Tn>" + r.tn() + "</Tn><Status>" + r.status() + "</Status></Number>";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<String, String>();
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

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
