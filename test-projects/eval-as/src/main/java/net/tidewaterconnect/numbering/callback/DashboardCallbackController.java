package net.tidewaterconnect.numbering.callback;

import java.util.regex.Pattern;

import net.tidewaterconnect.numbering.inventory.InventoryNumber;
import net.tidewaterconnect.numbering.inventory.InventoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Receives order, disconnect and port-out notifications from the Bandwidth Dashboard. */
@RestController
@RequestMapping("/webhooks/dashboard")
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);
    private static final Pattern NATIONAL_TN = Pattern.compile("\\d{10}");

    private final InventoryRepository inventory;
    private final PortOutHandler portOutHandler;

    public DashboardCallbackController(InventoryRepository inventory, PortOutHandler portOutHandler) {
        this.inventory = inventory;
        this.portOutHandler = portOutHandler;
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> orderCompleted(@RequestBody OrderNotification notification) {
        log.info("Order {} ({}) is {}", notification.getOrderId(), notification.getCustomerOrderId(),
                notification.getStatus());
        if (!"COMPLETE".equals(notification.getStatus()) && !"PARTIAL".equals(notification.getStatus())) {
            return ResponseEntity.ok().build();
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!NATIONAL_TN.matcher(tn).matches()) {
                log.warn("Ignoring unexpected number {} in order {}", tn, notification.getOrderId());
                continue;
            }
            inventory.findByTn(tn)
                    .ifPresentOrElse(
                            n -> inventory.updateStatus(n.tn(), InventoryNumber.Status.ACTIVE),
                            () -> inventory.insert(new InventoryNumber(tn, InventoryNumber.Status.ACTIVE,
                                    notification.getOrderId())));
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = "/disconnects", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> disconnected(@RequestBody OrderNotification notification) {
        notification.getCompletedTelephoneNumbers()
                .forEach(tn -> inventory.updateStatus(tn, InventoryNumber.Status.AGING));
        notification.getFailedTelephoneNumbers()
                .forEach(tn -> log.error("Disconnect failed for {}", tn));
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = "/portouts", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> portedOut(@RequestBody OrderNotification notification) {
        portOutHandler.handle(notification);
        return ResponseEntity.ok().build();
    }
}
