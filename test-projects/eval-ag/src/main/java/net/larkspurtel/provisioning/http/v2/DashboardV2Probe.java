package net.larkspurtel.provisioning.http.v2;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * PROV-1182: read-only probe of the v2 Dashboard API, run from the migration dashboard to check
 * that our credentials and account work there before we switch the functions over.
 */
public class DashboardV2Probe {

    private static final Logger LOG = Logger.getLogger(DashboardV2Probe.class.getName());

    public static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";
    public static final String E911_ADDRESSES = "e911Addresses";
    public static final String IMPORT_MESSAGING = "importTnOrders/messaging";
    public static final String REMOVE_MESSAGING = "removeImportedTnOrders/messaging";
    public static final String IMPORT_VOICE = "importTnOrders/voice";

    private final HttpRequestFactory requestFactory;
    private final String accountId;

    public DashboardV2Probe(HttpTransport transport, String accountId, String user, String password) {
        this.requestFactory = transport.createRequestFactory(
                r -> r.getHeaders().setBasicAuthentication(user, password));
        this.accountId = accountId;
    }

    public Map<String, Integer> run() {
        Map<String, Integer> results = new LinkedHashMap<>();
        results.put(E911_ADDRESSES, probe(E911_ADDRESSES, Map.of()));
        results.put(IMPORT_MESSAGING, probe(IMPORT_MESSAGING, Map.of()));
        results.put(REMOVE_MESSAGING, probe(REMOVE_MESSAGING, Map.of()));
        results.put(IMPORT_VOICE, probe(IMPORT_VOICE, Map.of()));
        results.put("inserviceNumbers", probe("inserviceNumbers", Map.of("countryCodeA3", "USA", "areaCode", "919")));
        return results;
    }

    private int probe(String resource, Map<String, String> query) {
        GenericUrl url = new GenericUrl(V2_BASE + "/accounts/" + accountId + "/" + resource);
        url.putAll(query);
        try {
            HttpResponse response = requestFactory.buildGetRequest(url).setThrowExceptionOnExecuteError(false).execute();
            int status = response.getStatusCode();
            response.disconnect();
            return status;
        } catch (IOException e) {
            LOG.warning("v2 probe of " + resource + " failed: " + e.getMessage());
            return -1;
        }
    }
}
