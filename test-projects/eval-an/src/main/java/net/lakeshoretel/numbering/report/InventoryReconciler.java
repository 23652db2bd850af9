package net.lakeshoretel.numbering.report;

import com.fasterxml.jackson.databind.JsonNode;
import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardXml;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.http.client.utils.URIBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Nightly reconciliation of what the Dashboard has in service against the hosted-messaging numbers
 * still tracked as external TNs. Run from the CLI ({@code numbers reconcile}).
 */
public class InventoryReconciler {

    private final JobSettings settings;
    private final OkHttpClient http = new OkHttpClient();

    public InventoryReconciler(JobSettings settings) {
        this.settings = settings;
    }

    // The Dashboard never moved /externalTns to its new host, hence the old one here.
    URI externalTnsUri() throws URISyntaxException {
        return new URIBuilder("https://api.inetwork.com")
                .setPath("/v1.0/accounts/" + settings.accountId() + "/externalTns")
                .build();
    }

    URI externalTnsOrderUri(String orderId) throws URISyntaxException {
        return new URIBuilder(settings.dashboardHost())
                .setPath("/api/accounts/" + settings.accountId() + "/externalTns/" + orderId)
                .build();
    }

    URI inserviceUri(String areaCode, int page) throws URISyntaxException {
        return new URIBuilder()
                .setScheme("https")
                .setHost("dashboard.bandwidth.com")
                .setPath("/api/accounts/" + settings.accountId() + "/inserviceNumbers")
                .setParameter("areacode", areaCode)
                .setParameter("page", Integer.toString(page))
                .setParameter("size", "500")
                .build();
    }

    /** Numbers that are still external TNs although the Dashboard no longer has them in service. */
    public Set<String> staleExternalTns(List<String> areaCodes) throws IOException, URISyntaxException {
        Set<String> inService = new TreeSet<>();
        for (String areaCode : areaCodes) {
            JsonNode tns = fetch(inserviceUri(areaCode, 1)).path("TelephoneNumbers").path("TelephoneNumber");
            tns.forEach(tn -> inService.add(tn.asText()));
        }
        Set<String> stale = new TreeSet<>();
        for (JsonNode tn : fetch(externalTnsUri()).path("TelephoneNumbers").path("TelephoneNumber")) {
            if (!inService.contains(tn.asText())) {
                stale.add(tn.asText());
            }
        }
        return stale;
    }

    /** Query string for the bulk in-service export, one filter per area code. */
    String bulkInserviceQuery(List<String> areaCodes) {
        List<String> parts = new ArrayList<>();
        for (String areaCode : areaCodes) {
            parts.add("areaCode=" + areaCode);
        }
        return "?" + String.join("&", parts) + "&size=" + 500;
    }

    private JsonNode fetch(URI uri) throws IOException {
        Request request = new Request.Builder()
                .url(uri.toString())
                .header("Authorization", Credentials.basic(settings.username(), settings.password()))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("GET " + uri + " failed: HTTP " + response.code());
            }
            return DashboardXml.mapper().readTree(response.body().string());
        }
    }
}
