package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.client.feign.DashboardAccountFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.model.dashboard.OrderRequestXml;
import net.northwindtel.provisioning.model.dashboard.OrderResponseXml;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import net.northwindtel.provisioning.store.TnInventoryRepository.InventoryRecord;
import net.northwindtel.provisioning.store.TnInventoryRepository.State;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders specific numbers the customer picked in the portal.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class NumberOrderService {

    private final IrisClient irisClient;
    private final DashboardProperties dashboard;
    private final DashboardAccountFeignClient accountFeignClient;
    private final TnInventoryRepository inventory;
    @Qualifier("dashboardRestClient")
    private final RestClient dashboardRestClient;
    private final XmlMapper xmlMapper = new XmlMapper();

    public String orderNumbers(String customerId, List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        Order order = new Order();
        order.setCustomerOrderId(customerId + "-" + Instant.now().getEpochSecond());
        order.setSiteId(dashboard.getDefaultSiteId());
        order.setPeerId(dashboard.getDefaultSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse created = Order.create(irisClient, order);
        String orderId = created.getOrder().getid();
        tns.forEach(tn -> inventory.save(new InventoryRecord(tn, customerId, State.ORDERED, orderId, Instant.now())));
        return orderId;
    }

    /** Confirms a completed order and activates its numbers in our inventory. */
    public List<String> confirm(String customerId, String orderId) throws Exception {
        OrderResponse response = Order.get(irisClient, orderId);
        List<String> activated = new ArrayList<>();
        for (TelephoneNumber number : response.getTelephoneNumbers()) {
            String fullNumber = number.getFullNumber();
            if (fullNumber == null || fullNumber.length() != 10) {
                log.error("Order {} returned an unexpected number '{}'", orderId, fullNumber);
                continue;
            }
            inventory.save(new InventoryRecord(fullNumber, customerId, State.ACTIVE, orderId, Instant.now()));
            activated.add(fullNumber);
        }
        return activated;
    }

    /** REST variant used by the bulk importer; the SDK's Order model drops PartialAllowed=false. */
    public String orderNumbersXml(String customerOrderId, List<String> tns) throws Exception {
        OrderRequestXml request = OrderRequestXml.builder()
                .customerOrderId(customerOrderId)
                .siteId(dashboard.getDefaultSiteId())
                .peerId(dashboard.getDefaultSipPeerId())
                .partialAllowed(false)
                .existingTelephoneNumberOrderType(OrderRequestXml.ExistingTns.builder().telephoneNumbers(tns).build())
                .build();
        return dashboardRestClient.post()
                .uri("/accounts/{accountId}/orders", dashboard.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xmlMapper.writeValueAsString(request))
                .retrieve()
                .body(String.class);
    }

    public OrderResponseXml status(String orderId) {
        return accountFeignClient.getOrder(dashboard.getAccountId(), orderId);
    }
}
