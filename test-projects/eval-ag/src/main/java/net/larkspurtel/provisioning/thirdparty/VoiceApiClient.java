package net.larkspurtel.provisioning.thirdparty;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import java.io.IOException;

/** Places the "your number is live" confirmation call through the Voice API. */
public class VoiceApiClient {

    private static final String CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    private final HttpRequestFactory requestFactory;
    private final BandwidthOAuth oauth;
    private final String accountId;
    private final String applicationId;

    public VoiceApiClient(HttpRequestFactory requestFactory, BandwidthOAuth oauth, String accountId,
            String applicationId) {
        this.requestFactory = requestFactory;
        this.oauth = oauth;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public String call(String fromE164, String toE164, String answerUrl) throws IOException {
        String json = """
                {
                  "from": "%s",
                  "to": "%s",
                  "applicationId": "%s",
                  "answerUrl": "%s",
                  "callTimeout": 30
                }
                """.formatted(fromE164, toE164, applicationId, answerUrl);
        HttpRequest request = requestFactory.buildPostRequest(new GenericUrl(String.format(CALLS_URL, accountId)),
                ByteArrayContent.fromString("application/json", json));
        request.getHeaders().setAuthorization("Bearer " + oauth.bearerToken());
        return request.execute().parseAsString();
    }
}
