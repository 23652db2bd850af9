package net.cedarline.numberdesk.web;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.store.NumberRecord;
import net.cedarline.numberdesk.store.NumberStore;
import net.cedarline.numberdesk.store.OrderDao;

/** New-number order notifications: completed numbers go into the local inventory. */
public class OrderCallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderCallbackHandler.class);

    private final NumberStore numbers;
    private final OrderDao orders;
    private final String siteId;

    public OrderCallbackHandler(NumberStore numbers, OrderDao orders, String siteId) {
        this.numbers = numbers;
        this.orders = orders;
        this.siteId = siteId;
    }

    public void handle(Notification notification) {
        orders.updateStatus(notification.orderId(), notification.status());
        if (!notification.isComplete()) {
            log.info("order {} is {}", notification.orderId(), notification.status());
            return;
        }
        for (String tn : notification.completedNumbers()) {
            Optional<NumberRecord> existing = numbers.findByTn(tn);
            int areaCode = Integer.parseInt(tn.substring(0, 3));
            boolean sms = existing.map(NumberRecord::smsEnabled).orElse(false);
            numbers.upsert(new NumberRecord(tn, areaCode, siteId, "INSERVICE", sms, Instant.now()));
        }
        log.info("order {} complete, {} numbers in service", notification.orderId(), notification.completedNumbers().size());
    }
}
