package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import net.northwindtel.provisioning.model.api.AvailableNumberView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Number search for the customer portal, through the Iris SDK.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class NumberSearchService {

    private final IrisClient irisClient;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties provisioning;
    @Qualifier("dashboardRestClient")
    private final RestClient dashboardRestClient;

    public List<AvailableNumberView> searchByAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        log.debug("Searching {} numbers in area code {}", quantity, areaCode);
        return toViews(AvailableNumbers.search(irisClient, query));
    }

    /** Search already prepared for v2: the country is always sent with the area code. */
    public List<AvailableNumberView> searchInCountry(String areaCode, String countryCodeA3, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3 == null ? provisioning.getDefaultCountry() : countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return toViews(AvailableNumbers.search(irisClient, query));
    }

    public Map<Integer, Integer> exchangesInAreaCode(String areaCode) throws Exception {
        List<AvailableNpaNxx> exchanges = AvailableNpaNxx.list(irisClient, Map.of("areaCode", areaCode, "quantity", 10));
        Map<Integer, Integer> quantityByNpa = new TreeMap<>();
        for (AvailableNpaNxx exchange : exchanges) {
            int npa = Integer.parseInt(exchange.getNpa());
            quantityByNpa.merge(npa, exchange.getQuantity(), Integer::sum);
        }
        return quantityByNpa;
    }

    /** Plain-HTTP search used when the SDK's XML binding chokes on a response (seen with toll-free). */
    public String rawSearch(String areaCode, int quantity) {
        String url = String.format("%s/accounts/%s/availableNumbers?areaCode=%s&quantity=%d",
                dashboard.getBaseUrl(), dashboard.getAccountId(), areaCode, quantity);
        return dashboardRestClient.get().uri(url).retrieve().body(String.class);
    }

    /** Search-and-order in one call: the Dashboard picks the numbers. */
    public OrderResponse orderAnyInAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType searchAndOrder = new AreaCodeSearchAndOrderType();
        searchAndOrder.setAreaCode(areaCode);
        searchAndOrder.setQuantity(quantity);
        Order order = new Order();
        order.setCustomerOrderId("NW-" + UUID.randomUUID().toString().substring(0, 8));
        order.setSiteId(dashboard.getDefaultSiteId());
        order.setPeerId(dashboard.getDefaultSipPeerId());
        order.setAreaCodeSearchAndOrderType(searchAndOrder);
        return Order.create(irisClient, order);
    }

    private List<AvailableNumberView> toViews(List<?> results) {
        List<AvailableNumberView> views = new ArrayList<>();
        for (Object result : results) {
            String tn;
            String rateCenter = null;
            String state = null;
            if (result instanceof TelephoneNumber detail) {
                tn = detail.getFullNumber();
                rateCenter = detail.getRateCenter();
                state = detail.getState();
            } else {
                tn = String.valueOf(result);
            }
            views.add(AvailableNumberView.builder()
                    .telephoneNumber(tn)
                    .display(String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6)))
                    .rateCenter(rateCenter)
                    .state(state)
                    .build());
        }
        return views;
    }
}
