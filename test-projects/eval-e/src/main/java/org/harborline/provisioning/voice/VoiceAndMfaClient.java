package org.harborline.provisioning.voice;

import java.io.IOException;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * Voice (outbound test calls) and MFA (portal logins) on Bandwidth's other APIs.
 */
public class VoiceAndMfaClient {

    static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    static final String MFA_VOICE_CODE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/tnLookup";
    static final String TOLL_FREE_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final CloseableHttpClient http;
    private final String accountId;

    public VoiceAndMfaClient(CloseableHttpClient http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public void testCall(String from, String to, String answerUrl) throws IOException {
        HttpPost post = new HttpPost(String.format(VOICE_CALLS, accountId));
        post.setEntity(new StringEntity(
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"answerUrl\":\"" + answerUrl + "\"}",
                ContentType.APPLICATION_JSON));
        http.execute(post).close();
    }

    public void sendLoginCode(String to) throws IOException {
        HttpPost post = new HttpPost(String.format(MFA_VOICE_CODE, accountId));
        post.setEntity(new StringEntity("{\"to\":\"" + to + "\",\"digits\":6}", ContentType.APPLICATION_JSON));
        http.execute(post).close();
    }

    public void pollTollFreeWebhooks() throws IOException {
        http.execute(new HttpGet(String.format(TOLL_FREE_WEBHOOKS, accountId))).close();
    }
}
