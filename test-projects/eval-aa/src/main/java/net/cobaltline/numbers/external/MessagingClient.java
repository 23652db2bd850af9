package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends customer notifications by SMS through the Bandwidth messaging API
 * (a different product from the numbers Dashboard, with its own credentials).
 */
public class MessagingClient {

    static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    static final String FROM_NUMBER = "+19195550100";
    static final String SUPPORT_LINE = "8445550199";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public MessagingClient(HttpClient http, String accountId, String applicationId, String token, String secret) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((token + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public void numberActive(String customerPhone, String newNumber) throws IOException, InterruptedException {
        send(customerPhone, "Your new Cobaltline number " + newNumber
                + " is active. Questions? Call " + SUPPORT_LINE + ".");
    }

    public void send(String toTenDigit, String text) throws IOException, InterruptedException {
        Map<String, Object> body = Map.of(
                "applicationId", applicationId,
                "to", List.of("+1" + toTenDigit),
                "from", FROM_NUMBER,
                "text", text);
        HttpRequest request = HttpRequest.newBuilder(URI.create(MESSAGES_URL.formatted(accountId)))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IOException("messaging API answered " + response.statusCode() + ": " + response.body());
        }
    }
}
