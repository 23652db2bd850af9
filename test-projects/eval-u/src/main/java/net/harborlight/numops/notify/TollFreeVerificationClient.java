package net.harborlight.numops.notify;

import java.util.Map;

import com.google.gson.Gson;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Registers our webhook for toll-free verification status changes.
 */
@Component
public class TollFreeVerificationClient {

    static final String WEBHOOK_SUBSCRIPTIONS =
            "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions";

    private final RestClient http;
    private final DashboardProperties props;
    private final Gson gson;

    public TollFreeVerificationClient(RestClient.Builder builder, DashboardProperties props, Gson gson) {
        this.http = builder.build();
        this.props = props;
        this.gson = gson;
    }

    public String subscribe(String callbackUrl, String sharedSecret) {
        return http.post()
                .uri(WEBHOOK_SUBSCRIPTIONS, props.getAccountId())
                .headers(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(gson.toJson(Map.of(
                        "callbackUrl", callbackUrl,
                        "sharedSecretKey", sharedSecret,
                        "basicAuthentication", Map.of("username", "tfv-hook", "password", sharedSecret))))
                .retrieve()
                .body(String.class);
    }
}
