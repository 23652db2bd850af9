package net.harbourline.numberdesk.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Bandwidth platform APIs other than the Dashboard: voice calls for the outage IVR,
 * number lookup before a port-in, toll-free verification webhooks, and two-factor codes
 * for support agents who approve port-outs.
 */
@ApplicationScoped
public class BandwidthPlatformClient {

    static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    static final String NUMBER_LOOKUP = "https://numbers.bandwidth.com/api/v1/accounts/%s/tnlookup";
    static final String TFV_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    @Inject
    @ConfigProperty(name = "mfa.base-url", defaultValue = "https://mfa.bandwidth.com/api/v1")
    String mfaBaseUrl;

    @Inject
    @ConfigProperty(name = "mfa.application-id", defaultValue = "")
    String mfaApplicationId;

    @Inject
    @ConfigProperty(name = "voice.account-id", defaultValue = "")
    String voiceAccountId;

    @Inject
    @ConfigProperty(name = "voice.application-id", defaultValue = "")
    String voiceApplicationId;

    @Inject
    @ConfigProperty(name = "messaging.api-token")
    String apiToken;

    @Inject
    @ConfigProperty(name = "messaging.api-secret")
    String apiSecret;

    public String callOnCall(String to, String answerUrl) {
        String json = """
                {
                  "from": "+19194600100",
                  "to": "%s",
                  "applicationId": "%s",
                  "answerUrl": "%s",
                  "callTimeout": 30
                }
                """.formatted(to, voiceApplicationId, answerUrl);
        return post(VOICE_CALLS.formatted(voiceAccountId), json);
    }

    public String lookup(List<String> e164Numbers) {
        String json = "{\"tns\": [\"" + String.join("\",\"", e164Numbers) + "\"]}";
        return post(NUMBER_LOOKUP.formatted(voiceAccountId), json);
    }

    public String subscribeTollFreeVerification(String callbackUrl) {
        String json = "{\"callbackUrl\": \"" + callbackUrl + "\"}";
        return post(TFV_WEBHOOKS.formatted(voiceAccountId), json);
    }

    public String sendApprovalCode(String agentMobile) {
        String json = Json.createObjectBuilder()
                .add("to", agentMobile)
                .add("from", "+19194600100")
                .add("applicationId", mfaApplicationId)
                .add("scope", "port-out-approval")
                .add("message", "Your Harbourline approval code is {CODE}")
                .add("digits", 6)
                .build()
                .toString();
        return post(mfaBaseUrl + "/accounts/" + voiceAccountId + "/code/sms", json);
    }

    public boolean verifyApprovalCode(String agentMobile, String code) {
        String json = Json.createObjectBuilder()
                .add("to", agentMobile)
                .add("scope", "port-out-approval")
                .add("expirationTimeInMinutes", 3)
                .add("code", code)
                .build()
                .toString();
        return post(mfaBaseUrl + "/accounts/" + voiceAccountId + "/code/verify", json).contains("\"verified\":true");
    }

    private String post(String url, String json) {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(apiToken, apiSecret));
        try {
            return client.target(url).request(MediaType.APPLICATION_JSON).post(Entity.json(json), String.class);
        } finally {
            client.close();
        }
    }
}
