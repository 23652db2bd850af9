package net.tidewatertel.numbering.callbacks;

import java.time.Instant;
import java.util.regex.Pattern;

import net.tidewatertel.numbering.dashboard.xml.NotificationXml;
import net.tidewatertel.numbering.domain.NumberOrderRepository;
import net.tidewatertel.numbering.domain.NumberStatus;
import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.events.NumberEvents;
import net.tidewatertel.numbering.orders.ProvisioningService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies Dashboard order notifications to our inventory.
 */
@Service
public class OrderNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationHandler.class);

    /** NANP number in national format (what the Dashboard sends in CompletedTelephoneNumbers). */
    private static final Pattern NATIONAL_TN = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private final PhoneNumberRepository numbers;
    private final NumberOrderRepository orders;
    private final ProvisioningService provisioning;
    private final ApplicationEventPublisher events;

    public OrderNotificationHandler(PhoneNumberRepository numbers, NumberOrderRepository orders,
                                    ProvisioningService provisioning, ApplicationEventPublisher events) {
        this.numbers = numbers;
        this.orders = orders;
        this.provisioning = provisioning;
        this.events = events;
    }

    @Transactional
    public void handle(String orderType, NotificationXml notification) {
        switch (orderType) {
            case "orders" -> onOrder(notification);
            case "portins" -> onPortIn(notification);
            case "disconnects" -> onDisconnect(notification);
            default -> log.debug("Ignoring {} notification {}", orderType, notification.orderId);
        }
    }

    void onOrder(NotificationXml n) {
        orders.findById(n.orderId).ifPresent(order -> {
            order.setStatus(n.status);
            if (n.isComplete()) {
                order.setCompletedAt(Instant.now());
                n.completedTelephoneNumbers.stream().map(Long::valueOf).forEach(order.getTelephoneNumbers()::add);
            }
        });
        if (!n.isComplete()) {
            return;
        }
        for (String tn : n.completedTelephoneNumbers) {
            if (tn.length() != 10) {
                log.warn("Order {}: unexpected number format '{}', skipped", n.orderId, tn);
                continue;
            }
            provisioning.markActive(tn, n.orderId);
        }
    }

    void onPortIn(NotificationXml n) {
        if (!n.isComplete()) {
            log.info("Port-in {} is {}: {}", n.orderId, n.status, n.message);
            return;
        }
        for (String tn : n.completedTelephoneNumbers) {
            PhoneNumber pn = numbers.findByTn(tn).orElseGet(() -> new PhoneNumber(tn));
            pn.setAreaCode(Integer.parseInt(tn.substring(0, 3)));
            pn.setStatus(NumberStatus.IN_SERVICE);
            pn.setLastSynced(Instant.now());
            numbers.save(pn);
        }
    }

    void onDisconnect(NotificationXml n) {
        n.completedTelephoneNumbers.stream()
                .filter(tn -> NATIONAL_TN.matcher(tn).matches())
                .forEach(tn -> events.publishEvent(new NumberEvents.Released(tn, "disconnect " + n.orderId, Instant.now())));
    }
}
