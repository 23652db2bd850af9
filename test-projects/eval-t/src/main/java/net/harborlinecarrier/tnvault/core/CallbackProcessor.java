package net.harborlinecarrier.tnvault.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.harborlinecarrier.tnvault.dashboard.xml.NotificationXml;
import net.harborlinecarrier.tnvault.db.PortOrderDao;
import net.harborlinecarrier.tnvault.db.RateCenterDao;
import net.harborlinecarrier.tnvault.db.TelephoneNumberDao;
import net.harborlinecarrier.tnvault.notify.PortCompletionNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies Dashboard order notifications to our inventory. */
public class CallbackProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackProcessor.class);

    private final TelephoneNumberDao tns;
    private final PortOrderDao orders;
    private final RateCenterDao rateCenters;
    private final BillingFeed billing;
    private final PortCompletionNotifier notifier;

    public CallbackProcessor(TelephoneNumberDao tns, PortOrderDao orders, RateCenterDao rateCenters,
                             BillingFeed billing, PortCompletionNotifier notifier) {
        this.tns = tns;
        this.orders = orders;
        this.rateCenters = rateCenters;
        this.billing = billing;
        this.notifier = notifier;
    }

    public void handle(NotificationXml notification) {
        LOG.info("dashboard notification: {} order {} is {}", notification.getOrderType(),
                notification.getOrderId(), notification.getStatus());
        orders.updateStatus(notification.getOrderId(), notification.getStatus());
        if (!"COMPLETE".equals(notification.getStatus())) {
            return;
        }
        switch (notification.getOrderType()) {
            case "portins" -> onPortInComplete(notification);
            case "orders" -> onNewNumbers(notification);
            case "importtnorders" -> onHostedImport(notification);
            default -> LOG.debug("ignoring {} notification", notification.getOrderType());
        }
    }

    private void onPortInComplete(NotificationXml notification) {
        PortOrder order = orders.findByDashboardOrderId(notification.getOrderId());
        int activated = 0;
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            Optional<TnRecord> record = tns.findByTn(tn);
            if (record.isEmpty()) {
                LOG.warn("ported number {} is not in tn_inventory, leaving it for reconciliation", tn);
                continue;
            }
            tns.updateStatus(record.get().id(), "ACTIVE");
            activated++;
        }
        if (order != null) {
            notifier.portCompleted(order.customerId(), activated, notification.getActualFocDate());
        }
    }

    private void onNewNumbers(NotificationXml notification) {
        PortOrder order = orders.findByDashboardOrderId(notification.getOrderId());
        List<String> national = notification.getCompletedTelephoneNumbers().stream()
                .filter(tn -> tn.length() == 10)
                .toList();
        tns.activateAll(national);
        String customerId = order == null ? null : order.customerId();
        national.stream()
                .map(tn -> "1" + tn)
                .forEach(tn -> billing.activated(tn, customerId));
    }

    private void onHostedImport(NotificationXml notification) {
        Map<String, Integer> perNpa = new HashMap<>();
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            perNpa.merge(tn.substring(0, 3), 1, Integer::sum);
        }
        perNpa.forEach((npa, count) -> rateCenters.addHostedSms(npa, count));
    }
}
