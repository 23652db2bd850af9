package com.lumenline.provisioning.audit;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Structured audit lines, shipped to the compliance index. Messages only; nothing here calls out.
 */
@Component
public class ProvisioningAudit {

    private static final Logger audit = LoggerFactory.getLogger("AUDIT");

    public void orderPlaced(String customerId, String orderId, int count) {
        audit.info("order_placed customer={} order={} count={} api=https://dashboard.bandwidth.com/api/accounts/orders at={}",
                customerId, orderId, count, Instant.now());
    }

    public void e911Changed(String addressId) {
        audit.info("e911_address_changed id={} endpoint=/accounts/{accountId}/addresses", addressId);
    }

    public void hostedMessagingImport(String orderId) {
        audit.info("importTnOrders order={} (v1 path /accounts/{accountId}/importTnOrders)", orderId);
    }

    public void numberReleased(String tn) {
        // e.g. tn=9195550100; released numbers go back to the Dashboard pool after 30 days
        audit.info("number_released tn={} epoch={}", tn, Instant.now().getEpochSecond());
    }

    public void portalLink(String orderId) {
        audit.info("See https://webui.inetwork.com/report/orders/{} for the order", orderId);
    }
}
