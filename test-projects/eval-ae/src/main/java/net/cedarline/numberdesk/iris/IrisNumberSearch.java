package net.cedarline.numberdesk.iris;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

/** Number searches through the SDK (used by the bulk-order wizard). */
public class IrisNumberSearch {

    private final IrisClient client;

    public IrisNumberSearch(IrisClient client) {
        this.client = client;
    }

    public List<?> available(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put(IrisQueryKeys.QUANTITY, quantity);
        query.put(IrisQueryKeys.ENABLE_TN_DETAIL, true);
        return AvailableNumbers.search(client, query);
    }

    public List<String> inService(String areaCode) throws Exception {
        TNss page = InserviceNumber.list(client, Map.of("areaCode", areaCode, IrisQueryKeys.PAGE, 1, IrisQueryKeys.SIZE, 500));
        return page.getTelephoneNumbers() == null ? List.of() : page.getTelephoneNumbers();
    }

    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put(IrisQueryKeys.AREA_CODE, areaCode);
        query.put(IrisQueryKeys.QUANTITY, 20);
        return AvailableNpaNxx.list(client, query);
    }

    /** Exchanges sorted numerically for the wizard's drop-down. */
    public List<Integer> exchangeAreaCodes(String areaCode) throws Exception {
        List<Integer> npas = new ArrayList<>();
        for (AvailableNpaNxx npaNxx : exchanges(areaCode)) {
            int npa = Integer.parseInt(npaNxx.getNpa());
            if (!npas.contains(npa)) {
                npas.add(npa);
            }
        }
        npas.sort(Integer::compareTo);
        return npas;
    }

    public List<?> availableUsa(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put(IrisQueryKeys.QUANTITY, quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<?> availableInState(String state, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put(IrisQueryKeys.STATE, state);
        query.put(IrisQueryKeys.QUANTITY, quantity);
        return AvailableNumbers.search(client, query);
    }
}
