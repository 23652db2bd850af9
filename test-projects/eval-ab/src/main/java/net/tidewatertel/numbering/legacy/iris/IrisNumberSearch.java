package net.tidewatertel.numbering.legacy.iris;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

import org.springframework.stereotype.Component;

/**
 * Number searches used by the porting desk's "replacement number" flow.
 */
@Component
public class IrisNumberSearch {

    private final IrisClient client;
    private final LegacyIrisSettings settings;

    public IrisNumberSearch(IrisClient client, LegacyIrisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public List<?> searchAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    public TNss inService(String areaCode) throws Exception {
        return InserviceNumber.list(client, Map.of("areaCode", areaCode, "page", 1, "size", 500));
    }

    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", 100);
        return AvailableNpaNxx.list(client, query);
    }

    /** Area codes with at least one exchange in stock, for the state drop-down. */
    public SortedSet<Integer> areaCodesInState(String state) throws Exception {
        SortedSet<Integer> codes = new TreeSet<>();
        for (AvailableNpaNxx npaNxx : AvailableNpaNxx.list(client, Map.of("state", state))) {
            codes.add(Integer.parseInt(npaNxx.getNpa()));
        }
        return codes;
    }

    /** Site-level in-service search; the SDK has no model call for it. */
    public String inServiceAtSite(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        String uri = client.buildAccountModelUri(
                new String[]{IrisPath.SITES_URI_PATH, settings.getSiteId(), IrisPath.INSERVICE_NUMBERS_URI_PATH}, query);
        IrisResponse response = client.get(uri);
        return response.getResponseBody();
    }
}
