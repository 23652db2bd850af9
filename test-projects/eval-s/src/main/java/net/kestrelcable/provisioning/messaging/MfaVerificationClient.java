package net.kestrelcable.provisioning.messaging;

import java.util.Map;

import net.kestrelcable.provisioning.config.BandwidthApiProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Two-factor codes for the activation portal (Bandwidth MFA).
 */
@Component
public class MfaVerificationClient {

    private static final String MFA_CODE_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/sms";
    private static final String MFA_VERIFY_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";

    private final RestClient restClient;
    private final BandwidthApiProperties props;

    public MfaVerificationClient(RestClient.Builder builder, BandwidthApiProperties props) {
        this.props = props;
        this.restClient = builder.clone()
                .defaultHeaders(h -> h.setBasicAuth(props.apiUser(), props.apiPassword()))
                .build();
    }

    public void sendCode(String toE164) {
        restClient.post()
                .uri(String.format(MFA_CODE_URL, props.accountId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("to", toE164, "from", MessagingApiClient.WELCOME_SENDER,
                        "applicationId", props.mfaApplicationId(), "scope", "portal-login",
                        "message", "Your Kestrel code is {CODE}", "digits", 6))
                .retrieve()
                .toBodilessEntity();
    }

    public boolean verify(String toE164, String code) {
        Map<?, ?> result = restClient.post()
                .uri(String.format(MFA_VERIFY_URL, props.accountId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("to", toE164, "scope", "portal-login", "expirationTimeInMinutes", 3, "code", code))
                .retrieve()
                .body(Map.class);
        return result != null && Boolean.TRUE.equals(result.get("valid"));
    }
}
