package net.lakeshoretel.numbering.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Bandwidth messaging, voice and MFA, used to tell subscribers their number is live, to page the
 * NOC and to verify an operator before bulk changes. None of these are Dashboard calls.
 */
public class BandwidthNotifications {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    private static final String MFA_CODE_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/sms";
    private static final String MFA_VERIFY_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";

    private final String accountId;
    private final String credentials;
    private final String messagingApplicationId;
    private final String voiceApplicationId;
    private final String fromNumber;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public BandwidthNotifications(String accountId, String user, String password, String messagingApplicationId,
                                  String voiceApplicationId, String fromNumber) {
        this.accountId = accountId;
        this.credentials = Credentials.basic(user, password);
        this.messagingApplicationId = messagingApplicationId;
        this.voiceApplicationId = voiceApplicationId;
        this.fromNumber = fromNumber;
    }

    /** Sends an SMS; {@code to} must be E.164. */
    public void sendSms(String to, String text) throws IOException {
        post(String.format(MESSAGES_URL, accountId), Map.of(
                "applicationId", messagingApplicationId,
                "from", fromNumber,
                "to", List.of(to),
                "text", text));
    }

    /** Calls the NOC pager; the answer URL plays the reason with text-to-speech. */
    public void callNoc(String pagerNumber, String reason) throws IOException {
        post(String.format(CALLS_URL, accountId), Map.of(
                "applicationId", voiceApplicationId,
                "from", fromNumber,
                "to", "+1" + pagerNumber,
                "answerUrl", "https://hooks.lakeshoretel.net/voice/noc-page?reason=" + reason.replace(' ', '+')));
    }

    /** Sends a one-time code to an operator's phone (E.164). */
    public void sendOperatorCode(String operatorPhone, String scope) throws IOException {
        post(String.format(MFA_CODE_URL, accountId), Map.of(
                "to", operatorPhone,
                "from", fromNumber,
                "applicationId", messagingApplicationId,
                "scope", scope,
                "message", "Your Lakeshore numbering code is {CODE}",
                "digits", 6));
    }

    public boolean verifyOperatorCode(String operatorPhone, String scope, String code) throws IOException {
        String body = post(String.format(MFA_VERIFY_URL, accountId), Map.of(
                "to", operatorPhone,
                "scope", scope,
                "code", code,
                "expirationTimeInMinutes", 3));
        return json.readTree(body).path("valid").asBoolean(false);
    }

    private String post(String url, Map<String, Object> payload) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", credentials)
                .post(RequestBody.create(json.writeValueAsString(payload), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException(url + " answered HTTP " + response.code() + ": " + body);
            }
            return body;
        }
    }
}
