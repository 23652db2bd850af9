package net.corvalink.numbering.activities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.portal.PortalClient;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Tells customers about their numbers through Bandwidth's messaging and voice
 * APIs, and keeps the customer portal in step.
 */
public class CustomerContactActivitiesImpl implements CustomerContactActivities {

    private static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    private static final String SIGNATURE = "\nQuestions? Call our porting desk at 8005550199.";

    private final ObjectMapper json = new ObjectMapper();
    private final NumberingConfig config;
    private final PortalClient portal;

    public CustomerContactActivitiesImpl(NumberingConfig config, PortalClient portal) {
        this.config = config;
        this.portal = portal;
    }

    @Override
    public void textCustomer(String customerContactNumber, String text) {
        // contact numbers in the portal are stored as 10 digits
        String to = customerContactNumber.length() == 10 ? "+1" + customerContactNumber : customerContactNumber;
        ObjectNode message = json.createObjectNode()
                .put("applicationId", config.messagingApplicationId())
                .put("from", config.messagingFromNumber())
                .put("text", text + SIGNATURE);
        message.putArray("to").add(to);
        try {
            Request.post(config.messagingBaseUrl() + "/users/" + config.accountId() + "/messages")
                    .addHeader(HttpHeaders.AUTHORIZATION, messagingAuth())
                    .bodyString(json.writeValueAsString(message), ContentType.APPLICATION_JSON)
                    .execute()
                    .discardContent();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void callCustomer(String customerContactNumber, String answerUrl) {
        ObjectNode call = json.createObjectNode()
                .put("from", config.messagingFromNumber())
                .put("to", "+1" + customerContactNumber.substring(customerContactNumber.length() - 10))
                .put("answerUrl", answerUrl)
                .put("applicationId", config.messagingApplicationId());
        try {
            Request.post(VOICE_CALLS.formatted(config.accountId()))
                    .addHeader(HttpHeaders.AUTHORIZATION, messagingAuth())
                    .bodyString(json.writeValueAsString(call), ContentType.APPLICATION_JSON)
                    .execute()
                    .discardContent();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void attachNumbersInPortal(String customerId, List<String> tns, String areaCode) {
        try {
            portal.attachNumbers(customerId, tns, areaCode);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void recordE911InPortal(String customerId, String addressId) {
        try {
            portal.recordE911(customerId, addressId);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    private String messagingAuth() {
        String pair = System.getenv().getOrDefault("BW_API_USER", "") + ":" + System.getenv().getOrDefault("BW_API_PASSWORD", "");
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
