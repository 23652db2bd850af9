package net.tidewaterconnect.numbering.voice;

import java.util.Map;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Voice-side helpers: outbound test calls after a port completes, and the MFA code the porting desk
 * uses to confirm a subscriber's identity.
 */
@Service
public class EmergencyCallbackService {

    private static final String MFA_VOICE_CODE = "https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/voice";
    private static final String MFA_VERIFY = "https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify";

    private final RestClient voice;
    private final RestClient.Builder builder;
    private final String voiceAccountId;
    private final String voiceApplicationId;
    private final DashboardProperties props;

    public EmergencyCallbackService(@Qualifier("voice") RestClient voice, RestClient.Builder builder,
            @Value("${tidewater.bandwidth.voice.account-id}") String voiceAccountId,
            @Value("${tidewater.bandwidth.voice.application-id}") String voiceApplicationId,
            DashboardProperties props) {
        this.voice = voice;
        this.builder = builder;
        this.voiceAccountId = voiceAccountId;
        this.voiceApplicationId = voiceApplicationId;
        this.props = props;
    }

    /** Rings a freshly ported number from the test trunk to prove inbound routing. */
    public String testCall(String e164To) {
        return voice.post()
                .uri("/accounts/{accountId}/calls", voiceAccountId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "from", "+17575550190",
                        "to", e164To,
                        "applicationId", voiceApplicationId,
                        "answerUrl", "https://hooks.tidewaterconnect.net/voice/answer",
                        "callTimeout", 30))
                .retrieve()
                .body(String.class);
    }

    public String sendMfaCode(String e164To) {
        return builder.build().post()
                .uri(MFA_VOICE_CODE, voiceAccountId)
                .headers(h -> h.setBasicAuth(props.username(), props.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "to", e164To,
                        "from", "+17575550190",
                        "applicationId", voiceApplicationId,
                        "scope", "porting",
                        "digits", 6,
                        "message", "Your Tidewater Connect porting code is {CODE}"))
                .retrieve()
                .body(String.class);
    }

    public boolean verifyMfaCode(String e164To, String code) {
        String response = builder.build().post()
                .uri(MFA_VERIFY, voiceAccountId)
                .headers(h -> h.setBasicAuth(props.username(), props.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("to", e164To, "scope", "porting", "code", code, "expirationTimeInMinutes", 3))
                .retrieve()
                .body(String.class);
        return response != null && response.contains("\"valid\":true");
    }
}
