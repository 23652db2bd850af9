package net.larkspurtel.provisioning.thirdparty;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Client-credentials tokens for the messaging, voice and lookup APIs (not the Dashboard). */
public class BandwidthOAuth {

    static final String TOKEN_URL = "https://id.bandwidth.com/api/v1/oauth2/token";

    private final HttpRequestFactory requestFactory;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public BandwidthOAuth(HttpRequestFactory requestFactory, String clientId, String clientSecret, Clock clock) {
        this.requestFactory = requestFactory;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    public synchronized String bearerToken() throws IOException {
        if (token == null || clock.instant().isAfter(expiresAt.minusSeconds(60))) {
            UrlEncodedContent form = new UrlEncodedContent(Map.of("grant_type", "client_credentials"));
            HttpRequest request = requestFactory.buildPostRequest(new GenericUrl(TOKEN_URL), form);
            request.getHeaders().setBasicAuthentication(clientId, clientSecret);
            request.setParser(GsonFactory.getDefaultInstance().createJsonObjectParser());
            GenericJson json = request.execute().parseAs(GenericJson.class);
            token = (String) json.get("access_token");
            expiresAt = clock.instant().plusSeconds(((Number) json.get("expires_in")).longValue());
        }
        return token;
    }
}
