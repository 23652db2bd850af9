package net.larkspurtel.provisioning.thirdparty;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.Gson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Carrier / line-type lookups before we accept a port-in (Bandwidth Phone Number Lookup v2). */
public class NumberLookupClient {

    public static final String LOOKUP_BASE = "https://api.bandwidth.com/v2";

    private final HttpRequestFactory requestFactory;
    private final BandwidthOAuth oauth;
    private final String accountId;
    private final Gson gson = new Gson();

    public NumberLookupClient(HttpRequestFactory requestFactory, BandwidthOAuth oauth, String accountId) {
        this.requestFactory = requestFactory;
        this.oauth = oauth;
        this.accountId = accountId;
    }

    public String startLookup(List<String> phoneNumbers) throws IOException {
        String json = gson.toJson(Map.of("phoneNumbers", phoneNumbers));
        GenericUrl url = new GenericUrl(LOOKUP_BASE + "/accounts/" + accountId + "/phoneNumberLookup");
        HttpRequest request = requestFactory.buildPostRequest(url, ByteArrayContent.fromString("application/json", json));
        request.getHeaders().setAuthorization("Bearer " + oauth.bearerToken());
        return request.execute().parseAsString();
    }

    /** Nightly sanity lookup of our own support line. */
    public String lookupSupportLine() throws IOException {
        return startLookup(List.of("8885550143"));
    }
}
