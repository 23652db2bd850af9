package net.prairiewave.numbering.api;

import io.helidon.common.http.MediaType;
import io.helidon.webclient.WebClient;
import jakarta.json.Json;

/**
 * Second factor for the provisioning UI's admin login, via Bandwidth's MFA API
 * (its own v1 API, unrelated to the Dashboard numbers API).
 */
public class AdminLoginMfa {

    private static final String MFA_VOICE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    private static final String MFA_VERIFY = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";

    private final WebClient client;
    private final String accountId;
    private final String applicationId;

    public AdminLoginMfa(WebClient client, String accountId, String applicationId) {
        this.client = client;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void sendCode(String adminPhoneE164) {
        String body = Json.createObjectBuilder()
                .add("to", adminPhoneE164)
                .add("from", "+16053310480")
                .add("applicationId", applicationId)
                .add("scope", "admin-login")
                .add("digits", 6)
                .add("message", "Your PrairieWave admin code is {CODE}")
                .build().toString();
        client.post().uri(MFA_VOICE.formatted(accountId)).contentType(MediaType.APPLICATION_JSON)
                .submit(body, String.class).await();
    }

    public boolean verify(String adminPhoneE164, String code) {
        String body = Json.createObjectBuilder()
                .add("to", adminPhoneE164)
                .add("applicationId", applicationId)
                .add("scope", "admin-login")
                .add("code", code)
                .add("expirationTimeInMinutes", 3)
                .build().toString();
        String response = client.post().uri(MFA_VERIFY.formatted(accountId)).contentType(MediaType.APPLICATION_JSON)
                .submit(body, String.class).await();
        return response.contains("\"verified\":true");
    }
}
