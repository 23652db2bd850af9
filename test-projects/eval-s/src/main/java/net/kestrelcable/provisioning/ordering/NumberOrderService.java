package net.kestrelcable.provisioning.ordering;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.DashboardClient;
import net.kestrelcable.provisioning.dashboard.xml.OrderPayload;
import net.kestrelcable.provisioning.dashboard.xml.OrderResponsePayload;
import net.kestrelcable.provisioning.persistence.TnInventoryRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Orders new numbers for residential and business voice activations.
 */
@Service
public class NumberOrderService {

    private static final Logger log = LoggerFactory.getLogger(NumberOrderService.class);

    public record OrderResult(String orderId, String customerOrderId, String status, List<String> numbers) {
    }

    public static class NumbersUnavailableException extends RuntimeException {
        public NumbersUnavailableException(String areaCode, int wanted, int found) {
            super("Only " + found + " of " + wanted + " numbers available in area code " + areaCode);
        }
    }

    private final DashboardClient dashboard;
    private final RestClient restClient;
    private final AreaCodeOrderBuilder areaCodeOrders;
    private final TnInventoryRepository inventory;
    private final DashboardProperties props;
    private final Clock clock;

    public NumberOrderService(DashboardClient dashboard,
                              @Qualifier("dashboardRestClient") RestClient restClient,
                              AreaCodeOrderBuilder areaCodeOrders,
                              TnInventoryRepository inventory,
                              DashboardProperties props,
                              Clock clock) {
        this.dashboard = dashboard;
        this.restClient = restClient;
        this.areaCodeOrders = areaCodeOrders;
        this.inventory = inventory;
        this.props = props;
        this.clock = clock;
    }

    public OrderResult orderForCustomer(String customerId, String areaCode, int quantity) {
        List<String> candidates = dashboard.searchAvailable(areaCode, Math.max(quantity, props.defaultQuantity()));
        if (candidates.size() < quantity) {
            throw new NumbersUnavailableException(areaCode, quantity, candidates.size());
        }
        String customerOrderId = String.format("KC-%s-%d", customerId, clock.millis());
        OrderPayload order = OrderPayload.builder()
                .customerOrderId(customerOrderId)
                .name("Voice activation " + customerId)
                .siteId(props.siteId())
                .peerId(props.sipPeerId())
                .partialAllowed(false)
                .telephoneNumbers(candidates.subList(0, quantity))
                .build();

        OrderResponsePayload response = dashboard.createOrder(order);
        String orderId = response.order() == null ? null : response.order().id();
        List<String> stored = new ArrayList<>();
        for (String tn : response.completedFullNumbers()) {
            String npa = tn.substring(0, 3);
            inventory.insert(tn, customerId, Integer.parseInt(npa), "RESERVED", orderId);
            stored.add(tn);
        }
        if (!response.isComplete()) {
            inventory.addPendingOrder(orderId, customerOrderId);
        }
        log.info("Order {} ({}) for customer {}: {} with {} numbers", orderId, customerOrderId, customerId,
                response.orderStatus(), stored.size());
        return new OrderResult(orderId, customerOrderId, response.orderStatus(), stored);
    }

    /**
     * Lets the Dashboard pick the numbers: used for pool top-ups where any number in the area code will do.
     */
    public String orderAnyInAreaCode(String customerOrderId, int areaCode, int quantity) {
        String body = areaCodeOrders.build(customerOrderId, props.siteId(), areaCode, quantity);
        OrderResponsePayload response = restClient.post()
                .uri("/accounts/{accountId}/orders", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(OrderResponsePayload.class);
        String orderId = response == null || response.order() == null ? null : response.order().id();
        inventory.addPendingOrder(orderId, customerOrderId);
        return orderId;
    }
}
