package io.kestrelvoice.numbering.batch.legacy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardPaths;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the inventory of the two sub-accounts we took over from Triad Telecom in 2019. Those are
 * still provisioned against the inetwork host with their own API user.
 */
@Component
public class LegacyInventoryImporter {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String legacyUri;
    private final String catapultUri;
    private final String catapultUserId;
    private final String legacyAccountId;
    private final String authorization;
    private final DashboardProperties dashboard;

    public LegacyInventoryImporter(@Value("${kestrel.legacy.uri:https://api.inetwork.com/v1.0}") String legacyUri,
                                   @Value("${kestrel.legacy.account-id}") String legacyAccountId,
                                   @Value("${kestrel.legacy.username}") String username,
                                   @Value("${kestrel.legacy.password}") String password,
                                   @Value("${kestrel.legacy.catapult-uri:https://api.catapult.inetwork.com/v1}") String catapultUri,
                                   @Value("${kestrel.legacy.catapult-user-id:u-triad}") String catapultUserId,
                                   DashboardProperties dashboard) {
        this.legacyUri = legacyUri;
        this.catapultUri = catapultUri;
        this.catapultUserId = catapultUserId;
        this.legacyAccountId = legacyAccountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.dashboard = dashboard;
    }

    public List<String> triadNumbers(String siteId) throws IOException, InterruptedException {
        URI uri = URI.create(legacyUri + "/accounts/" + legacyAccountId + "/sites/" + siteId + "/inserviceNumbers");
        return TelephoneNumberXml.telephoneNumbers(send(uri));
    }

    /** Same account on the main host, for the comparison sheet. */
    public List<String> mainHostNumbers(String siteId) throws IOException, InterruptedException {
        URI base = URI.create(dashboard.getBaseUrl());
        URI uri = URI.create(base.getScheme() + "://" + base.getHost()
                + DashboardPaths.V1_ACCOUNTS_PREFIX + legacyAccountId + "/sites/" + siteId + "/inserviceNumbers");
        return TelephoneNumberXml.telephoneNumbers(send(uri));
    }

    /**
     * Triad's messaging numbers were bought through Catapult; its local search still tells us
     * which of their old exchanges have stock.
     */
    public String catapultAvailability(String areaCode) throws IOException, InterruptedException {
        URI uri = URI.create(catapultUri + "/users/" + catapultUserId + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=10");
        return send(uri);
    }

    private String send(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Accept", "application/xml")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("legacy inventory call failed: " + response.statusCode() + " " + uri);
        }
        return response.body();
    }
}
