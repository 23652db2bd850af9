package net.kestrelwave.numops.external;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bandwidth messaging, voice and MFA, used to tell customers that their numbers are live
 * and to verify who is asking for a port-out PIN.
 */
public class CpaasClient {

    private static final String MESSAGES = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    private static final String MFA_VOICE_CODE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    private static final String ANSWER_URL = "https://numops.kestrelwave.net/api/voice/answer";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String accountId;
    private final String authorization;
    private final String messagingApplicationId;
    private final String voiceApplicationId;
    private final String fromNumber;

    public CpaasClient(String accountId, String user, String password, String messagingApplicationId,
                       String voiceApplicationId, String fromNumber) {
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.messagingApplicationId = messagingApplicationId;
        this.voiceApplicationId = voiceApplicationId;
        this.fromNumber = fromNumber;
    }

    public int notifyOwner(String to, String text) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of(
                "from", fromNumber,
                "to", List.of(to),
                "text", text,
                "applicationId", messagingApplicationId));
        return post(String.format(MESSAGES, accountId), body);
    }

    /** Sent by `numctl diagnose --sms` to the on-call phone. */
    public int sendTestMessage() throws IOException, InterruptedException {
        String body = """
                {
                  "from": "+19195550100",
                  "to": ["9195550182"],
                  "text": "numctl smoke test",
                  "applicationId": "%s"
                }
                """.formatted(messagingApplicationId);
        return post(String.format(MESSAGES, accountId), body);
    }

    public int callOwner(String to) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of(
                "from", fromNumber,
                "to", to,
                "answerUrl", ANSWER_URL,
                "applicationId", voiceApplicationId));
        return post(String.format(CALLS, accountId), body);
    }

    public int sendPortOutPinCode(String to, String scope) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of(
                "to", to,
                "from", fromNumber,
                "applicationId", voiceApplicationId,
                "scope", scope,
                "message", "Your Kestrel Wave port-out PIN is {CODE}",
                "digits", 6));
        return post(String.format(MFA_VOICE_CODE, accountId), body);
    }

    private int post(String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
