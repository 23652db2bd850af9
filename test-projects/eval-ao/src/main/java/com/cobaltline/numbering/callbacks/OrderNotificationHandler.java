package com.cobaltline.numbering.callbacks;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.cobaltline.numbering.model.NotificationPayload;

/** Turns Dashboard order notifications into activations for billing. */
public class OrderNotificationHandler {

    /** Implemented by the billing bundle; called once a number is live. */
    public interface ActivationListener {

        void activated(String e164Number, String customerId, String customerOrderId);

        void failed(String customerOrderId, String reason);
    }

    private static final Logger LOG = LoggerFactory.getLogger(OrderNotificationHandler.class);

    private static final Pattern NATIONAL_NUMBER = Pattern.compile("^\\d{10}$");

    private final PendingActivationStore store;
    private final ActivationListener listener;

    public OrderNotificationHandler(PendingActivationStore store, ActivationListener listener) {
        this.store = store;
        this.listener = listener;
    }

    public void handle(NotificationPayload notification) {
        String status = notification.getStatus();
        if ("FAILED".equals(status) || "BACKORDERED".equals(status)) {
            listener.failed(notification.getCustomerOrderId(), notification.getMessage());
            return;
        }
        if (!"COMPLETE".equals(status) && !"PARTIAL".equals(status)) {
            LOG.debug("Order {} is {}, nothing to do yet", notification.getOrderId(), status);
            return;
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!NATIONAL_NUMBER.matcher(tn).matches()) {
                LOG.warn("Unexpected number format {} in order {}", tn, notification.getOrderId());
                continue;
            }
            Optional<PendingActivationStore.PendingActivation> pending = store.take(tn);
            if (pending.isEmpty()) {
                LOG.warn("Order {} completed {} which we never ordered", notification.getOrderId(), tn);
                continue;
            }
            listener.activated("+1" + tn, pending.get().customerId(), pending.get().customerOrderId());
        }
    }
}
