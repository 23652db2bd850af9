package io.northstarvoice.toolkit.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Inventory queries through the Iris SDK (used by the nightly sync and the sales CLI). */
public class SdkInventoryService {

    static final String CANARY_TN = "9195551212";

    private final IrisClient client;

    public SdkInventoryService(IrisClient client) {
        this.client = client;
    }

    public List<?> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", true);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("countryCodeA3", "USA", "areaCode", areaCode));
    }

    /** Numbers in service in an area code, grouped by exchange (NXX). */
    public Map<String, List<String>> inServiceByExchange(String npa) throws Exception {
        TNss numbers = InserviceNumber.list(client, Map.of("areacode", npa, "size", 2500));
        return numbers.getTelephoneNumbers().stream()
                .filter(tn -> tn.length() == 10)
                .collect(Collectors.groupingBy(tn -> tn.substring(3, 6)));
    }

    public Map<String, Long> inServiceByAreaCode() throws Exception {
        TNss numbers = InserviceNumber.list(client, Map.of("size", 2500));
        return numbers.getTelephoneNumbers().stream()
                .collect(Collectors.groupingBy(tn -> tn.substring(0, 3), Collectors.counting()));
    }

    /** Health check run by the ops dashboard: one cheap call against a number we own. */
    public boolean healthy() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(client, CANARY_TN);
            return details != null;
        } catch (Exception e) {
            return false;
        }
    }
}
