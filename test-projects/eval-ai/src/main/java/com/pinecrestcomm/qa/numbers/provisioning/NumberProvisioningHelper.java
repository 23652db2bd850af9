package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.pinecrestcomm.qa.numbers.model.NpaNxxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Provisions test numbers for the smoke suites through the Iris SDK: search, order, release.
 */
public class NumberProvisioningHelper {

    private static final Logger log = LoggerFactory.getLogger(NumberProvisioningHelper.class);

    /** Numbers permanently held on the QA account for the routing smoke test. */
    public static final List<String> PINNED_NUMBERS = List.of("9195550147", "7045550163");

    private final IrisClient client;
    private final String siteId;
    private final String sipPeerId;

    public NumberProvisioningHelper(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    @SuppressWarnings("unchecked")
    public List<String> searchByAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        List<String> found = (List<String>) AvailableNumbers.search(client, query);
        log.info("availableNumbers areaCode={} -> {}", areaCode, found.size());
        return found;
    }

    @SuppressWarnings("unchecked")
    public List<String> searchByAreaCodeAndCountry(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inserviceInAreaCode(int npa) throws Exception {
        TNss page = InserviceNumber.list(client, Map.of("areacode", npa, "size", 500));
        return page.getTelephoneNumbers();
    }

    public List<NpaNxxEntry> exchanges(String areaCode) throws Exception {
        List<NpaNxxEntry> out = new ArrayList<>();
        for (AvailableNpaNxx row : AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 10))) {
            out.add(NpaNxxEntry.from(row));
        }
        return out;
    }

    public OrderResponse orderNumbers(List<String> telephoneNumbers) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(telephoneNumbers));
        Order order = new Order();
        order.setName("qa-smoke-" + UUID.randomUUID());
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** Re-orders the pinned numbers if a cleanup job released them by mistake. */
    public OrderResponse restorePinnedNumbers() throws Exception {
        return orderNumbers(PINNED_NUMBERS);
    }

    public OrderResponse orderCanaryNumber() throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of("19195550188"));
        Order order = new Order();
        order.setName("qa-canary");
        order.setSiteId(siteId);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public TelephoneNumberDetails routingNumberDetails() throws Exception {
        return Tns.getTnDetails(client, "9195551234");
    }

    public String rateCenterOf(String tn) throws Exception {
        return Tns.getRateCenter(client, tn).getRateCenter();
    }
}
