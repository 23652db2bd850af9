package com.tallgrassvoice.portwell.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.tallgrassvoice.portwell.model.AvailableNumberView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Number search through the Iris SDK, used by the number picker of the customer portal. */
public class SdkNumberSearch {

    private static final Logger log = LoggerFactory.getLogger(SdkNumberSearch.class);

    private final IrisClient client;

    public SdkNumberSearch(IrisClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    public List<AvailableNumberView> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<String> tns = (List<String>) AvailableNumbers.search(client, query);
        List<AvailableNumberView> views = new ArrayList<>();
        for (String tn : tns) {
            views.add(AvailableNumberView.fromDashboard(tn));
        }
        return views;
    }

    /** Same search, already filtered by country; the toll-free picker uses it. */
    @SuppressWarnings("unchecked")
    public List<String> availableInCountry(String countryCodeA3, String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inServiceNumbers(String areaCode) throws Exception {
        TNss page = InserviceNumber.list(client, Map.of("areaCode", areaCode, "size", 500));
        List<String> result = new ArrayList<>();
        for (String tn : page.getTelephoneNumbers()) {
            if (tn.length() == 10) {
                result.add(tn);
            } else {
                log.warn("skipping unexpected in-service number {}", tn);
            }
        }
        return result;
    }

    /** Free numbers per NPA in an area code, for the capacity dashboard. */
    public Map<Integer, Integer> npaNxxCapacity(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 100);
        Map<Integer, Integer> byNpa = new TreeMap<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, query)) {
            int npa = Integer.parseInt(block.getNpa());
            if (npa == 984 || npa == 919) {
                log.debug("triangle block {}-{}: {}", block.getNpa(), block.getNxx(), block.getQuantity());
            }
            byNpa.merge(npa, block.getQuantity(), Integer::sum);
        }
        return byNpa;
    }

    public String rateCenterOf(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        return details.getRateCenter();
    }

    /** Area code of an in-service number, used to group the inventory page. */
    public String areaCodeOf(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        return details.getFullNumber().substring(0, 3);
    }
}
