package net.northvale.voice.provisioning.crm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Client for Iris, Northvale's customer-care CRM (vendor: Iris CX). Unrelated to the Bandwidth
 * Dashboard, whose API is also nicknamed "Iris".
 */
public class IrisClient {

    private static final String CRM_BASE = "https://iris-crm.northvale.internal/api/tenants/";

    private final String tenantId;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IrisClient(String tenantId, String user, String password) {
        this.tenantId = tenantId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The customer's service address id in the CRM, used to pre-fill the E911 form. */
    public Optional<String> serviceAddressJson(String billingAccount) throws IOException, InterruptedException {
        URI uri = URI.create(CRM_BASE + tenantId + "/customers/" + billingAccount + "/addresses?type=service");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    public void addNote(String billingAccount, String text) throws IOException, InterruptedException {
        URI uri = URI.create(CRM_BASE + tenantId + "/customers/" + billingAccount + "/notes");
        http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
