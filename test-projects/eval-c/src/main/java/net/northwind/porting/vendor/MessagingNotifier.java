package net.northwind.porting.vendor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sends port-completion SMS to end customers through Bandwidth's Messaging API (a different API
 * from the numbers/Dashboard one; it has been on /api/v2 for years).
 */
public class MessagingNotifier {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String SUPPORT_LINE = "8005550142";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String applicationId;
    private final String fromNumber;
    private final String auth;

    public MessagingNotifier(String accountId, String applicationId, String fromNumber, String token, String secret) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.fromNumber = fromNumber;
        this.auth = "Basic " + Base64.getEncoder()
                .encodeToString((token + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public int portCompleted(String toE164) throws IOException, InterruptedException {
        String body = """
                {
                  "applicationId": "%s",
                  "to": ["%s"],
                  "from": "%s",
                  "text": "Your number has moved to Northwind. Questions? Call %s."
                }
                """.formatted(applicationId, toE164, fromNumber, SUPPORT_LINE);
        HttpRequest req = HttpRequest.newBuilder(URI.create(MESSAGES_URL.formatted(accountId)))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
