package net.corvalink.numbering.activities;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.IrisEndpoints;
import net.corvalink.numbering.iris.OrderPayloads;
import net.corvalink.numbering.iris.Templates;
import net.corvalink.numbering.iris.XmlSupport;
import net.corvalink.numbering.iris.model.TnDetail;
import net.corvalink.numbering.inventory.TnInventoryDao;
import net.corvalink.numbering.metrics.NumberingMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

public class OrderActivitiesImpl implements OrderActivities {

    private static final Logger log = LoggerFactory.getLogger(OrderActivitiesImpl.class);

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    /** Number on the test account that always exists; used to see whether the Dashboard answers. */
    private static final String CANARY_TN = "9195550199";

    private final DashboardHttp http;
    private final IrisClient sdk;
    private final TnInventoryDao inventory;
    private final NumberingMetrics metrics;

    public OrderActivitiesImpl(DashboardHttp http, IrisClient sdk, TnInventoryDao inventory, NumberingMetrics metrics) {
        this.http = http;
        this.sdk = sdk;
        this.inventory = inventory;
        this.metrics = metrics;
    }

    @Override
    public String placeOrder(String customerOrderId, String siteId, List<String> tns) {
        try {
            String body = OrderPayloads.existingNumbers(customerOrderId, siteId, tns);
            JsonNode answer = http.post(http.accountUrl(IrisEndpoints.ORDERS), body);
            metrics.orderPlaced("existing");
            return answer.path("Order").path("id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String placeAreaCodeOrder(String customerOrderId, String siteId, String areaCode, int quantity) {
        try {
            String body = OrderPayloads.areaCodeSearchAndOrder(customerOrderId, siteId, areaCode, quantity);
            JsonNode answer = http.post(http.accountUrl(IrisEndpoints.ORDERS), body);
            metrics.orderPlaced("area-code");
            return answer.path("Order").path("id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public OrderStatus orderStatus(String orderId) {
        try {
            JsonNode answer = http.get(http.accountUrl(IrisEndpoints.ORDERS + "/" + orderId));
            String status = answer.path("OrderStatus").asText();
            List<String> completed = new ArrayList<>();
            for (JsonNode tn : XmlSupport.nodes(answer.path("CompletedNumbers"), "TelephoneNumber")) {
                String fullNumber = tn.path("FullNumber").asText();
                if (!TEN_DIGITS.matcher(fullNumber).matches()) {
                    log.warn("order {} returned unexpected number {}", orderId, fullNumber);
                    continue;
                }
                completed.add(fullNumber);
            }
            List<String> failed = XmlSupport.texts(answer.path("FailedNumbers"), "FullNumber");
            return new OrderStatus(orderId, status, completed, failed);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> orderHistory(String orderId) {
        String url = "https://dashboard.bandwidth.com/api/accounts/%s/orders/%s/history".formatted(http.accountId(), orderId);
        try {
            List<String> events = new ArrayList<>();
            for (JsonNode item : XmlSupport.nodes(http.get(url), "OrderHistory")) {
                events.add(item.path("OrderDate").asText() + " " + item.path("Status").asText());
            }
            return events;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void recordCompleted(String customerId, String orderId, List<String> tns) {
        for (String tn : tns) {
            long numeric = Long.parseLong(tn);
            inventory.markInService(numeric, customerId, orderId);
        }
        metrics.numbersActivated(tns.size());
    }

    @Override
    public String disconnect(String customerOrderId, List<String> tns) {
        try {
            JsonNode answer = http.post(http.accountUrl("/disconnects"), OrderPayloads.disconnect(customerOrderId, tns));
            return answer.path("orderRequest").path("id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String smokeOrder() {
        try {
            if (Activity.getExecutionContext().getInfo().getAttempt() > 1) {
                // the template has fixed numbers; a retry would re-order them, go through the SDK instead
                Order order = new Order();
                order.setSiteId("4411");
                order.setCustomerOrderId("smoke-" + Activity.getExecutionContext().getInfo().getWorkflowId());
                ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
                existing.setTelephoneNumberList(Arrays.asList(
                        "9195550101",
                        "9195550102"));
                order.setExistingTelephoneNumberOrderType(existing);
                OrderResponse response = Order.create(sdk, order);
                return response.getOrder().getid();
            }
            String body = Templates.render("smoke-order.xml", Map.of());
            return http.post(http.accountUrl(IrisEndpoints.ORDERS), body).path("Order").path("id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public boolean dashboardHealthy() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(sdk, CANARY_TN);
            JsonNode raw = http.get(http.baseUrl() + "/tns/9195550198/tndetails");
            TnDetail parsed = XmlSupport.mapper().treeToValue(raw, TnDetail.class);
            return details != null && String.valueOf(parsed.getFullNumber()).length() == 10;
        } catch (Exception e) {
            log.warn("Dashboard health check failed: {}", e.getMessage());
            return false;
        }
    }
}
