package net.tidewatertel.provisioning.integrations;

import java.io.IOException;

/** Bandwidth MFA: one-time codes for the self-care portal's number-change flow. */
public class MfaVerificationClient {

    private final String baseUrl;
    private final String accountId;
    private String authorization;

    public MfaVerificationClient(String baseUrl, String accountId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    public void setCredentials(String user, String password) {
        this.authorization = HttpJson.basic(user, password);
    }

    public String sendSmsCode(String toE164, String fromE164, String applicationId) throws IOException {
        String json = String.format("{\"to\":\"%s\",\"from\":\"%s\",\"applicationId\":\"%s\","
                + "\"scope\":\"number-change\",\"message\":\"Your Tidewater code is {CODE}\",\"digits\":6}",
                toE164, fromE164, applicationId);
        return HttpJson.send("POST", baseUrl + "/accounts/" + accountId + "/code/sms", authorization, json);
    }

    public boolean verify(String toE164, String code) throws IOException {
        String json = "{\"to\":\"" + toE164 + "\",\"scope\":\"number-change\",\"expirationTimeInMinutes\":3,\"code\":\"" + code + "\"}";
        String answer = HttpJson.send("POST", "https://mfa.bandwidth.com/api/v1/accounts/" + accountId + "/code/verify",
                authorization, json);
        return answer.contains("\"valid\":true");
    }
}
