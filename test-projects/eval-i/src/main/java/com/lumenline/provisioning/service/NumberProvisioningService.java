package com.lumenline.provisioning.service;

import java.util.List;
import java.util.UUID;

import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.dashboard.AvailableNumbersClient;
import com.lumenline.provisioning.dashboard.OrderClient;
import com.lumenline.provisioning.store.ProvisionedNumberStore;
import com.lumenline.provisioning.util.PhoneNumbers;

import org.springframework.stereotype.Service;

/**
 * Portal-facing orchestration: search, order, and record what we ordered.
 */
@Service
public class NumberProvisioningService {

    private final AvailableNumbersClient availableNumbers;
    private final OrderClient orderClient;
    private final ProvisionedNumberStore store;
    private final DashboardProperties props;

    public NumberProvisioningService(AvailableNumbersClient availableNumbers, OrderClient orderClient,
                                     ProvisionedNumberStore store, DashboardProperties props) {
        this.availableNumbers = availableNumbers;
        this.orderClient = orderClient;
        this.store = store;
        this.props = props;
    }

    public List<String> search(String areaCode, int quantity) {
        List<String> found = availableNumbers.searchByAreaCode(areaCode, quantity).block();
        return found == null ? List.of() : found.stream().map(PhoneNumbers::toE164).toList();
    }

    public String orderInAreaCode(String customerId, int areaCode, int quantity) {
        String customerOrderId = "LL-" + UUID.randomUUID();
        return orderClient.orderInAreaCode(customerOrderId, props.defaultSiteId(), String.valueOf(areaCode), quantity);
    }

    /** Orders numbers the customer picked; they come from the portal as 10-digit strings. */
    public String orderSpecific(String customerId, List<String> tns) {
        String customerOrderId = "LL-" + UUID.randomUUID();
        String orderId = orderClient.orderNumbers(customerOrderId, props.defaultSiteId(), props.defaultSipPeerId(), tns);
        tns.forEach(tn -> store.savePending(PhoneNumbers.toNational(tn), customerId, orderId));
        return orderId;
    }
}
