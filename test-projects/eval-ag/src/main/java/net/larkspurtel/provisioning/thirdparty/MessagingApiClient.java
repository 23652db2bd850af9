package net.larkspurtel.provisioning.thirdparty;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;

/** Sends SMS through the Bandwidth Messaging API v2. */
public class MessagingApiClient {

    public static final String DEFAULT_BASE_URL = "https://messaging.bandwidth.com/api/v2";

    private final HttpRequestFactory requestFactory;
    private final BandwidthOAuth oauth;
    private final String baseUrl;
    private final String accountId;
    private final String applicationId;
    private final Gson gson = new Gson();

    public MessagingApiClient(HttpRequestFactory requestFactory, BandwidthOAuth oauth, String baseUrl,
            String accountId, String applicationId) {
        this.requestFactory = requestFactory;
        this.oauth = oauth;
        this.baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public String send(String from, List<String> to, String text) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("applicationId", applicationId);
        body.addProperty("from", from);
        JsonArray recipients = new JsonArray();
        to.forEach(recipients::add);
        body.add("to", recipients);
        body.addProperty("text", text);

        GenericUrl url = new GenericUrl(baseUrl + "/users/" + accountId + "/messages");
        HttpRequest request = requestFactory.buildPostRequest(url,
                ByteArrayContent.fromString("application/json", gson.toJson(body)));
        request.getHeaders().setAuthorization("Bearer " + oauth.bearerToken());
        return request.execute().parseAsString();
    }
}
