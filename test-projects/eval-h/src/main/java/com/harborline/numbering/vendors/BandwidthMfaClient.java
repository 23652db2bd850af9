package com.harborline.numbering.vendors;

import com.harborline.numbering.http.BasicAuthSupport;
import java.io.IOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/** Two-factor codes for the self-service portal, via Bandwidth's MFA product (its own v1 API). */
public class BandwidthMfaClient {

    private static final String MFA_CODE_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/%s";
    private static final String MFA_VERIFY_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";

    private final CloseableHttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String user;
    private final String password;

    public BandwidthMfaClient(CloseableHttpClient http, String accountId, String applicationId,
                              String user, String password) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.user = user;
        this.password = password;
    }

    /** {@code channel} is "sms" or "voice"; {@code to} and {@code from} are E.164. */
    public String sendCode(String channel, String to, String from) throws IOException {
        String json = """
                {"to": "%s", "from": "%s", "applicationId": "%s", "scope": "portal-login",
                 "message": "Your Harborline code is {CODE}", "digits": 6}
                """.formatted(to, from, applicationId);
        return http.execute(ClassicRequestBuilder.post(MFA_CODE_URL.formatted(accountId, channel))
                        .addHeader("Authorization", BasicAuthSupport.header(user, password))
                        .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }

    public String verify(String to, String code) throws IOException {
        String json = "{\"to\":\"" + to + "\",\"scope\":\"portal-login\",\"expirationTimeInMinutes\":3,\"code\":\""
                + code + "\"}";
        return http.execute(ClassicRequestBuilder.post(MFA_VERIFY_URL.formatted(accountId))
                        .addHeader("Authorization", BasicAuthSupport.header(user, password))
                        .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }
}
