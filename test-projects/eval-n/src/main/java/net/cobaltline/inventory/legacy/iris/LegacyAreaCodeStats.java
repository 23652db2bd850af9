package net.cobaltline.inventory.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import org.apache.http.client.utils.URIBuilder;

import java.net.URI;
import java.net.URISyntaxException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly "numbers left per exchange" statistics for the capacity planning sheet.
 */
public class LegacyAreaCodeStats {

    private final IrisClient client;
    private final String baseUri;
    private final String accountId;

    public LegacyAreaCodeStats(IrisClient client, String baseUri, String accountId) {
        this.client = client;
        this.baseUri = baseUri;
        this.accountId = accountId;
    }

    /**
     * In-service totals of one area code. The SDK has no call for the totals resource, so the URI
     * is built by hand and sent through the SDK client (which adds the credentials).
     */
    public String inServiceTotals(String areaCode) throws Exception {
        IrisResponse response = client.get(totalsUri(areaCode).toString());
        if (!response.isOK()) {
            throw new IllegalStateException("totals failed: HTTP " + response.getStatusCode());
        }
        return response.getResponseBody();
    }

    URI totalsUri(String areaCode) throws URISyntaxException {
        return new URIBuilder(baseUri)
                .setPath("/v1.0/accounts/" + accountId + "/inserviceNumbers/totals")
                .addParameter("areacode", areaCode)
                .build();
    }

    /** Free numbers per exchange (NXX) in one area code. */
    public Map<String, Integer> freePerExchange(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 10);
        Map<String, Integer> perExchange = new TreeMap<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
            perExchange.merge(block.getNxx(), block.getQuantity(), Integer::sum);
        }
        return perExchange;
    }

    /** Total free numbers per area code over several area codes, keyed by NPA. */
    public Map<Integer, Integer> freePerAreaCode(List<String> areaCodes) throws Exception {
        Map<Integer, Integer> totals = new TreeMap<>();
        for (String areaCode : areaCodes) {
            Map<String, Object> query = new HashMap<>();
            query.put("areaCode", areaCode);
            query.put("countryCodeA3", "USA");
            for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
                int npa = Integer.parseInt(block.getNpa());
                totals.merge(npa, block.getQuantity(), Integer::sum);
            }
        }
        return totals;
    }
}
