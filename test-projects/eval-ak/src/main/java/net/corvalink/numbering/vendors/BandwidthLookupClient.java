package net.corvalink.numbering.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.corvalink.numbering.config.NumberingConfig;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Bandwidth's number lookup, MFA and toll-free verification APIs. These are
 * separate products from the Dashboard numbers API.
 */
public class BandwidthLookupClient {

    private static final String TOLL_FREE_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final ObjectMapper json = new ObjectMapper();
    private final NumberingConfig config;

    public BandwidthLookupClient(NumberingConfig config) {
        this.config = config;
    }

    /** Starts a carrier lookup; numbers must already be E.164. */
    public String startLookup(List<String> e164Numbers) throws IOException {
        ObjectNode body = json.createObjectNode();
        e164Numbers.forEach(body.putArray("phoneNumbers")::add);
        String answer = Request.post(config.lookupBaseUrl() + "/accounts/" + config.accountId() + "/phoneNumberLookup")
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .bodyString(json.writeValueAsString(body), ContentType.APPLICATION_JSON)
                .execute()
                .returnContent()
                .asString();
        return json.readTree(answer).path("data").path("requestId").asText();
    }

    public void sendMfaCode(String to, String applicationId) throws IOException {
        ObjectNode body = json.createObjectNode()
                .put("to", to)
                .put("from", config.messagingFromNumber())
                .put("applicationId", applicationId)
                .put("scope", "numbering-portal")
                .put("digits", 6)
                .put("message", "Your Corvalink verification code is {CODE}");
        Request.post("https://mfa.bandwidth.com/api/v1/accounts/" + config.accountId() + "/code/messaging")
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .bodyString(json.writeValueAsString(body), ContentType.APPLICATION_JSON)
                .execute()
                .discardContent();
    }

    public boolean verifyMfaCode(String to, String code) throws IOException {
        ObjectNode body = json.createObjectNode()
                .put("to", to)
                .put("scope", "numbering-portal")
                .put("expirationTimeInMinutes", 3)
                .put("code", code);
        String answer = Request.post(config.mfaBaseUrl() + "/accounts/" + config.accountId() + "/code/verify")
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .bodyString(json.writeValueAsString(body), ContentType.APPLICATION_JSON)
                .execute()
                .returnContent()
                .asString();
        JsonNode result = json.readTree(answer);
        return result.path("verified").asBoolean(false);
    }

    public void subscribeTollFreeVerification(String callbackUrl) throws IOException {
        ObjectNode body = json.createObjectNode().put("callbackUrl", callbackUrl);
        Request.post(TOLL_FREE_WEBHOOKS.formatted(config.accountId()))
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .bodyString(json.writeValueAsString(body), ContentType.APPLICATION_JSON)
                .execute()
                .discardContent();
    }

    private String auth() {
        String pair = System.getenv().getOrDefault("BW_API_USER", "") + ":" + System.getenv().getOrDefault("BW_API_PASSWORD", "");
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
