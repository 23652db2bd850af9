package com.cascadia.numprov.messaging;

import com.cascadia.numprov.config.AppConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends operational SMS through Bandwidth's messaging API (not the Dashboard numbers API). */
public class SmsNotifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final AppConfig config;
    private final String messagesUrl;

    public SmsNotifier(AppConfig config) {
        this.config = config;
        this.messagesUrl = config.get("messaging.base-url") + "/users/" + config.get("iris.account-id") + "/messages";
    }

    /** Pages the on-call engineer when an order fails. */
    public void orderFailed(String orderId, String status) {
        String body = template()
                .replace("{applicationId}", config.get("messaging.application-id"))
                .replace("{from}", config.get("messaging.from"))
                .replace("{orderId}", orderId)
                .replace("{status}", status);
        send(body);
    }

    /** Tells a customer their new number is live. */
    public void numberActive(String customerMobile, String newNumber) {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("applicationId", config.get("messaging.application-id"));
        msg.put("from", config.get("messaging.from"));
        msg.putArray("to").add(customerMobile);
        msg.put("text", "Your new Cascadia number " + newNumber + " is active.");
        send(msg.toString());
    }

    /** Test page to the escalation phone, triggered from the ops console. */
    public void testPage() {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("applicationId", config.get("messaging.application-id"));
        msg.put("from", config.get("messaging.from"));
        msg.putArray("to").add("2065550199");
        msg.put("text", "numprov test page");
        send(msg.toString());
    }

    private void send(String json) {
        String auth = Base64.getEncoder().encodeToString(
                (config.get("iris.username") + ":" + config.get("iris.password", "")).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(messagesUrl))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String template() {
        try (InputStream in = SmsNotifier.class.getResourceAsStream("/messaging/outage-alert.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
