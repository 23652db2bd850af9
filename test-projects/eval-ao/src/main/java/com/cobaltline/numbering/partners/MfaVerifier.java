package com.cobaltline.numbering.partners;

import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.PartnerEndpoints;

/** Two-factor codes for the self-care portal login, through Bandwidth MFA. */
public class MfaVerifier {

    private final String accountId;
    private final String applicationId;
    private final String fromNumber;
    private final String user;
    private final String password;

    public MfaVerifier(String accountId, String applicationId, String fromNumber, String user, String password) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.fromNumber = fromNumber;
        this.user = user;
        this.password = password;
    }

    public void sendCode(String e164Number) {
        String body = """
                {"to": "%s", "from": "%s", "applicationId": "%s", "scope": "login",
                 "message": "Your Cobalt Line code is {CODE}", "digits": 6}
                """.formatted(e164Number, fromNumber, applicationId);
        WebClient.create(PartnerEndpoints.MFA + "/accounts/" + accountId + "/code/sms", user, password, null)
                .type(MediaType.APPLICATION_JSON)
                .post(body);
    }

    public boolean verify(String e164Number, String code) {
        String url = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify".formatted(accountId);
        String body = """
                {"to": "%s", "scope": "login", "expirationTimeInMinutes": 3, "code": "%s"}
                """.formatted(e164Number, code);
        String answer = WebClient.create(url, user, password, null)
                .type(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .post(body, String.class);
        return answer.contains("\"valid\":true") || answer.contains("\"valid\": true");
    }
}
