package net.kestreltel.numgate.callbacks;

import net.kestreltel.numgate.dashboard.DashboardXmlCodec;
import net.kestreltel.numgate.dashboard.xml.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Receives the Dashboard's order notifications (registered by SubscriptionClient).
 * The Dashboard retries on anything but 2xx, so we answer 200 once the event is stored.
 */
@RestController
@RequestMapping("/api/v1/callbacks/dashboard")
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);

    private final DashboardXmlCodec xml;
    private final NotificationRouter router;

    public DashboardCallbackController(DashboardXmlCodec xml, NotificationRouter router) {
        this.xml = xml;
        this.router = router;
    }

    @PostMapping(path = {"/orders", "/disconnects"}, consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Mono<ResponseEntity<Void>> onOrderNotification(@RequestBody String body) {
        Notification notification = xml.read(body, Notification.class);
        log.info("Dashboard notification {} for order {} status {}",
                notification.subscriptionId(), notification.orderId(), notification.status());
        return router.route(notification)
                .thenReturn(ResponseEntity.ok().<Void>build());
    }

    @PostMapping(path = "/import-orders", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Mono<ResponseEntity<Void>> onImportNotification(@RequestBody String body) {
        Notification notification = xml.read(body, Notification.class);
        return router.routeImport(notification)
                .thenReturn(ResponseEntity.ok().<Void>build());
    }
}
