package net.halyardcomm.backoffice.crm;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for IRIS, Halyard's in-house customer system ("Integrated Retail and Installation
 * System"). Nothing to do with Bandwidth's Iris; the name predates our Bandwidth contract.
 */
public class IrisClient {

    public static final String DEFAULT_URL = "https://iris.halyardcomm.net/api";

    private final String baseUrl;
    private final String user;
    private final String token;

    public IrisClient(String baseUrl, String user, String token) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.token = token;
    }

    public String customer(String customerId) throws IOException {
        return get("/accounts/" + customerId);
    }

    /** Service and billing addresses of a customer account. */
    public String addresses(String customerId) throws IOException {
        return get("/accounts/" + customerId + "/addresses");
    }

    public String lines(String customerId) throws IOException {
        return get("/accounts/" + customerId + "/lines?areaCode=all");
    }

    private String get(String path) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(baseUrl + path).openConnection();
        String basic = Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        conn.setRequestProperty("Authorization", "Basic " + basic);
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }
}
