package io.kestrelvoice.numbering.callbacks.web;

import io.kestrelvoice.numbering.callbacks.notification.Notification;
import io.kestrelvoice.numbering.callbacks.notification.NotificationParser;
import io.kestrelvoice.numbering.callbacks.notification.OrderCompletionHandler;
import io.kestrelvoice.numbering.callbacks.notification.PortInCompletionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Dashboard notifications. The Dashboard retries on anything but 2xx, so we always
 * answer 200 once the body parsed.
 */
@RestController
public class DashboardNotificationController {

    private static final Logger log = LoggerFactory.getLogger(DashboardNotificationController.class);

    private final NotificationParser parser;
    private final OrderCompletionHandler orders;
    private final PortInCompletionHandler portIns;

    public DashboardNotificationController(NotificationParser parser, OrderCompletionHandler orders,
                                           PortInCompletionHandler portIns) {
        this.parser = parser;
        this.orders = orders;
        this.portIns = portIns;
    }

    @PostMapping(path = "/webhooks/dashboard/{orderType}",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Void> notification(@PathVariable String orderType, @RequestBody String body) {
        Notification notification = parser.parse(body);
        log.info("Dashboard {} notification: order {} is {}", orderType, notification.orderId(), notification.status());
        if (!notification.isComplete()) {
            return ResponseEntity.ok().build();
        }
        switch (orderType) {
            case "orders" -> orders.onOrderComplete(notification);
            case "portins" -> portIns.onPortInComplete(notification);
            default -> log.debug("ignoring completed {} order {}", orderType, notification.orderId());
        }
        return ResponseEntity.ok().build();
    }
}
