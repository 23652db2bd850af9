package net.kestrelcable.provisioning.messaging;

import java.util.List;
import java.util.Map;

import net.kestrelcable.provisioning.config.BandwidthApiProperties;
import net.kestrelcable.provisioning.dashboard.SmokeTestNumbers;
import net.kestrelcable.provisioning.util.PhoneNumbers;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Bandwidth messaging API (welcome and port-complete texts).
 */
@Component
public class MessagingApiClient {

    static final String WELCOME_SENDER = "+17205550111";

    private final RestClient restClient;
    private final BandwidthApiProperties props;

    public MessagingApiClient(RestClient.Builder builder, BandwidthApiProperties props) {
        this.props = props;
        this.restClient = builder.clone()
                .baseUrl(props.messagingUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.apiUser(), props.apiPassword()))
                .build();
    }

    public String send(String from, String to, String text) {
        Map<String, Object> body = Map.of(
                "applicationId", props.messagingApplicationId(),
                "to", List.of(to),
                "from", from,
                "text", text);
        return restClient.post()
                .uri("/users/{accountId}/messages", props.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public void sendWelcome(String customerTn) {
        send(WELCOME_SENDER, PhoneNumbers.toE164(customerTn),
                "Welcome to Kestrel Voice! Texting is now on for this number. Questions? Call "
                        + SmokeTestNumbers.CARE_LINE + ".");
    }

    public void sendPortComplete(String customerTn) {
        send(WELCOME_SENDER, PhoneNumbers.toE164(customerTn),
                "Your number has moved to Kestrel. Reply HELP for help.");
    }
}
