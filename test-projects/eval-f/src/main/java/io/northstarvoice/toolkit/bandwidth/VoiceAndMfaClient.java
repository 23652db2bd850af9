package io.northstarvoice.toolkit.bandwidth;

import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;

import java.io.IOException;

/** Other Bandwidth products the porting flow touches: test calls after activation and 2FA for the portal. */
public class VoiceAndMfaClient {

    public static final String VOICE_BASE = "https://voice.bandwidth.com/api/v2";
    public static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1";
    public static final String LOOKUP_BASE = "https://api.bandwidth.com/v2";
    public static final String TOLL_FREE_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final HttpTransport transport;
    private final String accountId;

    public VoiceAndMfaClient(HttpTransport transport, String accountId) {
        this.transport = transport;
        this.accountId = accountId;
    }

    /** Places a short test call to a freshly ported number. */
    public HttpResult testCall(String from, String to, String answerUrl) throws IOException {
        String body = """
                {"from": "%s", "to": "%s", "answerUrl": "%s", "applicationId": "voice-qa"}
                """.formatted(from, to, answerUrl);
        return transport.send(IrisRequest.builder().method(IrisRequest.Method.POST)
                .base(VOICE_BASE).path("accounts", accountId, "calls").json(body).build());
    }

    public HttpResult sendPortalCode(String to, String applicationId) throws IOException {
        String body = "{\"to\": \"" + to + "\", \"from\": \"+19195550100\", \"applicationId\": \"" + applicationId
                + "\", \"scope\": \"portal\", \"message\": \"Your Northstar code is {CODE}\", \"digits\": 6}";
        return transport.send(IrisRequest.builder().method(IrisRequest.Method.POST)
                .base(MFA_BASE).path("accounts", accountId, "code", "sms").json(body).build());
    }

    public HttpResult lookup(String tn) throws IOException {
        return transport.send(IrisRequest.builder().method(IrisRequest.Method.POST)
                .base(LOOKUP_BASE).path("accounts", accountId, "phoneNumberLookup")
                .json("{\"phoneNumbers\": [\"" + tn + "\"]}").build());
    }

    public HttpResult tollFreeWebhooks() throws IOException {
        return transport.send(IrisRequest.builder().base(String.format(TOLL_FREE_WEBHOOKS, accountId)).build());
    }
}
