package com.lumenline.provisioning.poller;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.lumenline.provisioning.dashboard.OrderClient;
import com.lumenline.provisioning.store.ProvisionedNumber;
import com.lumenline.provisioning.store.ProvisionedNumberStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Safety net for lost callbacks: every ten minutes, re-reads the orders that are still pending
 * and completes them from the order response.
 */
@Component
public class OrderStatusPoller {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusPoller.class);

    private final OrderClient orderClient;
    private final ProvisionedNumberStore store;
    private final ObjectMapper xml = new XmlMapper();

    public OrderStatusPoller(OrderClient orderClient, ProvisionedNumberStore store) {
        this.orderClient = orderClient;
        this.store = store;
    }

    @Scheduled(fixedDelayString = "PT10M")
    public void poll() {
        List<String> pendingOrders = store.all().stream()
                .filter(n -> n.status() == ProvisionedNumber.Status.PENDING)
                .map(ProvisionedNumber::dashboardOrderId)
                .distinct()
                .toList();
        for (String orderId : pendingOrders) {
            try {
                apply(orderId, xml.readValue(orderClient.getOrder(orderId), OrderResponseDto.class));
            } catch (Exception e) {
                log.warn("Could not poll order {}", orderId, e);
            }
        }
    }

    void apply(String orderId, OrderResponseDto response) {
        if (!"COMPLETE".equals(response.getOrderStatus())) {
            return;
        }
        for (OrderResponseDto.CompletedNumber completed : response.getCompletedNumbers()) {
            String fullNumber = completed.getFullNumber();
            if (fullNumber == null || !fullNumber.matches("[0-9]{10}")) {
                log.warn("Order {} returned unexpected number {}", orderId, fullNumber);
                continue;
            }
            String npa = fullNumber.substring(0, 3);
            store.markActive(fullNumber, orderId);
            store.recordBillingAreaCode(fullNumber, npa);
        }
        if (response.getOrder() != null && response.getOrder().getAreaCodeSearch() != null) {
            int orderedAreaCode = response.getOrder().getAreaCodeSearch().getAreaCode();
            if (orderedAreaCode < 200 || orderedAreaCode > 999) {
                log.warn("Order {} has an invalid area code {}", orderId, orderedAreaCode);
            }
        }
    }
}
