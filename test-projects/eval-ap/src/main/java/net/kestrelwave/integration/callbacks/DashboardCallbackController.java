package net.kestrelwave.integration.callbacks;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.kestrelwave.integration.callbacks.NotificationParser.Notification;
import net.kestrelwave.integration.inventory.InventoryStore;
import net.kestrelwave.integration.inventory.InventoryStore.InventoryRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives the Dashboard's order notifications (see SubscriptionRegistrar).
 */
@RestController
@RequestMapping("/callbacks/dashboard")
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final NotificationParser parser;
    private final InventoryStore inventory;
    private final Map<Long, LocalDate> focByNumber = new ConcurrentHashMap<>();

    public DashboardCallbackController(NotificationParser parser, InventoryStore inventory) {
        this.parser = parser;
        this.inventory = inventory;
    }

    @PostMapping(value = "/orders", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> onOrder(@RequestBody String xml) throws Exception {
        Notification n = parser.parse(xml);
        if (!"COMPLETE".equals(n.status())) {
            log.info("Order {} is {}: {}", n.orderId(), n.status(), n.message());
            return ResponseEntity.ok().build();
        }
        for (String tn : n.completedNumbers()) {
            InventoryRecord record = inventory.findByTn(tn);
            if (record == null) {
                log.warn("Completed number {} from order {} is not in inventory", tn, n.orderId());
                continue;
            }
            inventory.updateStatus(tn, "ACTIVE");
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping(value = "/portins", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> onPortIn(@RequestBody String xml) throws Exception {
        Notification n = parser.parse(xml);
        LocalDate foc = n.actualFocDate() == null ? null : LocalDate.parse(n.actualFocDate().substring(0, 10));
        for (String tn : n.completedNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                continue;
            }
            long key = Long.parseLong(tn);
            if (foc != null) {
                focByNumber.put(key, foc);
            }
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping(value = "/imports", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> onImport(@RequestBody String xml) throws Exception {
        Notification n = parser.parse(xml);
        for (String tn : n.completedNumbers()) {
            String npa = tn.substring(0, 3);
            inventory.markInService(tn, npa);
        }
        return ResponseEntity.ok().build();
    }
}
