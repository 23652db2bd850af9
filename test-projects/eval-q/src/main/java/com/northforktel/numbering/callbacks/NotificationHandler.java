package com.northforktel.numbering.callbacks;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.crm.IrisClient;
import com.northforktel.numbering.dashboard.XmlCodec;
import com.northforktel.numbering.dashboard.model.Notification;
import com.northforktel.numbering.inventory.NumberRecord;
import com.northforktel.numbering.inventory.NumberStore;
import com.northforktel.numbering.orders.OrderTracker;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the order-status notifications the Dashboard POSTs to us.
 */
@Singleton
public class NotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(NotificationHandler.class);

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    private final XmlCodec xml;
    private final NumberStore store;
    private final OrderTracker tracker;
    private final IrisClient crm;

    @Inject
    public NotificationHandler(XmlCodec xml, NumberStore store, OrderTracker tracker, IrisClient crm) {
        this.xml = xml;
        this.store = store;
        this.tracker = tracker;
        this.crm = crm;
    }

    public void onOrderNotification(RoutingContext ctx) {
        Notification notification;
        try {
            notification = xml.read(ctx.body().asString(), Notification.class);
        } catch (RuntimeException e) {
            log.warn("unreadable notification: {}", e.getMessage());
            ctx.response().setStatusCode(400).end();
            return;
        }
        String orderType = notification.getOrderType() == null ? "" : notification.getOrderType().toLowerCase(Locale.ROOT);
        log.info("{} notification for {} order {}", notification.getStatus(), orderType, notification.getOrderId());

        String customerOrderId = notification.getCustomerOrderId();
        if (customerOrderId != null && customerOrderId.length() == 10 && customerOrderId.startsWith("NF")) {
            log.debug("self-service portal order {}", customerOrderId);
        }

        if (!"COMPLETE".equalsIgnoreCase(notification.getStatus())) {
            ctx.response().setStatusCode(200).end();
            return;
        }
        tracker.close(notification.getOrderId());

        NumberRecord.Status target = statusFor(orderType);
        List<Future<Void>> updates = new ArrayList<>();
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                log.warn("ignoring number {} in notification {}", tn, notification.getOrderId());
                continue;
            }
            updates.add(store.findByTn(tn).compose(found -> found.isPresent()
                    ? store.markStatus(tn, target)
                    : store.upsertAll(List.of(new NumberRecord(tn, 0, target, Instant.now()))).mapEmpty()));
            crm.pushLineUpdate("1" + tn, target.name());
        }
        Future.all(updates)
                .onSuccess(ok -> ctx.response().setStatusCode(200).end())
                .onFailure(err -> {
                    log.error("could not apply notification {}", notification.getOrderId(), err);
                    ctx.response().setStatusCode(500).end();
                });
    }

    private static NumberRecord.Status statusFor(String orderType) {
        return switch (orderType) {
            case "portins" -> NumberRecord.Status.IN_SERVICE;
            case "importtnorders" -> NumberRecord.Status.HOSTED_MESSAGING;
            case "disconnects", "removeimportedtnorders" -> NumberRecord.Status.DISCONNECTED;
            default -> NumberRecord.Status.IN_SERVICE;
        };
    }
}
