package net.korvalink.edge.callback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.callback.CallbackPayloads.OrderNotification;
import net.korvalink.edge.callback.CallbackPayloads.PortNotification;
import net.korvalink.edge.persistence.NumberInventoryMapper;
import net.korvalink.edge.persistence.NumberRecord;
import net.korvalink.edge.persistence.PortRequestMapper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Receives the Dashboard's order and port notifications (see SubscriptionClient). */
@RestController
@RequestMapping("/callbacks/iris")
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);

    private final XmlMapper xml;
    private final NumberInventoryMapper inventory;
    private final PortRequestMapper portRequests;
    private final CallbackNumberRouter router;

    public DashboardCallbackController(XmlMapper xml, NumberInventoryMapper inventory,
            PortRequestMapper portRequests, CallbackNumberRouter router) {
        this.xml = xml;
        this.inventory = inventory;
        this.portRequests = portRequests;
        this.router = router;
    }

    @PostMapping(value = "/orders", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Mono<ResponseEntity<Void>> orderNotification(@RequestBody String body) {
        return Mono.fromCallable(() -> {
            handleOrder(xml.readValue(body, OrderNotification.class));
            return ResponseEntity.ok().<Void>build();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    void handleOrder(OrderNotification notification) {
        if (!"COMPLETE".equals(notification.status)) {
            log.info("Order {} is {}", notification.orderId, notification.status);
            return;
        }
        for (String tn : notification.completedTelephoneNumbers) {
            if (!tn.matches("\\d{10}")) {
                log.warn("Skipping malformed number {} in order {}", tn, notification.orderId);
                continue;
            }
            NumberRecord record = inventory.findByTn(tn);
            if (record == null) {
                inventory.insertPending(tn, notification.orderId, notification.customerOrderId);
            } else {
                inventory.markActive(record.getTn(), notification.orderId);
            }
            router.route(tn, notification.orderType);
        }
    }

    @PostMapping(value = "/portins", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Mono<ResponseEntity<Void>> portNotification(@RequestBody String body) {
        return Mono.fromCallable(() -> {
            PortNotification notification = xml.readValue(body, PortNotification.class);
            portRequests.updateStatus(notification.orderId, notification.status, notification.actualFocDate);
            if ("COMPLETE".equals(notification.status) && notification.billingTelephoneNumber != null) {
                portRequests.markBtnPorted(String.valueOf(notification.billingTelephoneNumber));
            }
            return ResponseEntity.ok().<Void>build();
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
