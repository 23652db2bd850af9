package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;

import net.halyardcomm.backoffice.http.BasicAuth;

/** Two-factor codes for the customer self-service portal (Bandwidth MFA API, v1). */
public class MfaVerifier {

    private static final String MFA = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final String accountId;
    private final String applicationId;
    private final BasicAuth auth;

    public MfaVerifier(String accountId, String applicationId, BasicAuth auth) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.auth = auth;
    }

    public String sendCode(String toE164) throws IOException {
        String json = String.format("{\"to\":\"%s\",\"from\":\"+18885550147\",\"applicationId\":\"%s\","
                + "\"scope\":\"portal\",\"message\":\"Your Halyard code is {CODE}\",\"digits\":6}", toE164, applicationId);
        return JsonPost.send("POST", MFA + accountId + "/code/sms", auth, json);
    }

    public String verify(String toE164, String code) throws IOException {
        String json = String.format("{\"to\":\"%s\",\"scope\":\"portal\",\"expirationTimeInMinutes\":3,\"code\":\"%s\"}",
                toE164, code);
        return JsonPost.send("POST", MFA + accountId + "/code/verify", auth, json);
    }
}
