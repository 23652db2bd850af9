package net.northwind.porting.vendor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The other Bandwidth APIs the batch jobs touch: Voice (test calls after a port), MFA (reseller
 * admin verification), toll-free verification webhooks and number lookup.
 */
public class BandwidthPlatformClients {

    static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    static final String MFA_VOICE_CODE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    static final String MFA_VERIFY = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";
    static final String TF_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";
    static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String authHeader;

    public BandwidthPlatformClients(String accountId, String authHeader) {
        this.accountId = accountId;
        this.authHeader = authHeader;
    }

    /** Places a test call to a freshly ported number. */
    public int testCall(String toE164, String fromE164, String applicationId) throws IOException, InterruptedException {
        String body = """
                {"to": "%s", "from": "%s", "applicationId": "%s", "answerUrl": "https://hooks.northwind-telco.net/api/v1/voice/answer"}
                """.formatted(toE164, fromE164, applicationId);
        return post(VOICE_CALLS.formatted(accountId), body);
    }

    public int sendMfaCode(String toE164, String fromE164, String applicationId) throws IOException, InterruptedException {
        String body = """
                {"to": "%s", "from": "%s", "applicationId": "%s", "scope": "reseller-admin", "digits": 6,
                 "message": "Your Northwind admin code is {CODE}"}
                """.formatted(toE164, fromE164, applicationId);
        return post(MFA_VOICE_CODE.formatted(accountId), body);
    }

    public int verifyMfa(String toE164, String code) throws IOException, InterruptedException {
        String body = """
                {"to": "%s", "scope": "reseller-admin", "expirationTimeInMinutes": 3, "code": "%s"}
                """.formatted(toE164, code);
        return post(MFA_VERIFY.formatted(accountId), body);
    }

    public int subscribeTollFreeWebhook(String callbackUrl) throws IOException, InterruptedException {
        String body = "{\"callbackUrl\": \"" + callbackUrl + "\"}";
        return post(TF_WEBHOOKS.formatted(accountId), body);
    }

    public int lookup(String e164) throws IOException, InterruptedException {
        return post(LOOKUP.formatted(accountId), "{\"phoneNumbers\": [\"" + e164 + "\"]}");
    }

    private int post(String url, String json) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authHeader)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
