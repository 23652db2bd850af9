package net.kestrelwave.numops.callbacks;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import net.kestrelwave.numops.db.InventoryDao;
import net.kestrelwave.numops.db.PendingActivationDao;
import net.kestrelwave.numops.db.PendingActivationDao.PendingActivation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Applies Dashboard order callbacks to our inventory. */
public class NotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(NotificationHandler.class);

    private final XmlMapper xml;
    private final PendingActivationDao pending;
    private final InventoryDao inventory;
    private final String sipDomain;

    public NotificationHandler(XmlMapper xml, PendingActivationDao pending, InventoryDao inventory, String sipDomain) {
        this.xml = xml;
        this.pending = pending;
        this.inventory = inventory;
        this.sipDomain = sipDomain;
    }

    /** @return how many numbers were activated */
    public int handle(String payload) throws IOException, SQLException {
        Notification n = xml.readValue(payload, Notification.class);
        if (n.getActualFocDate() != null) {
            String focDay = n.getActualFocDate().substring(0, 10);
            log.info("Order {} ({}) FOC {}", n.getOrderId(), n.getOrderType(), focDay);
        }
        if (!"COMPLETE".equalsIgnoreCase(n.getStatus()) && !"PARTIAL".equalsIgnoreCase(n.getStatus())) {
            log.info("Order {} is {}: {}", n.getOrderId(), n.getStatus(), n.getMessage());
            return 0;
        }
        return switch (n.getOrderType().toLowerCase()) {
            case "orders" -> activateOrdered(n);
            case "portins" -> activatePorted(n);
            default -> {
                log.debug("Ignoring {} notification {}", n.getOrderType(), n.getSubscriptionId());
                yield 0;
            }
        };
    }

    private int activateOrdered(Notification n) throws SQLException {
        Map<String, PendingActivation> byTn = pending.findByOrderId(n.getOrderId()).stream()
                .collect(Collectors.toMap(PendingActivation::tn, Function.identity()));
        int activated = 0;
        for (String tn : n.getCompletedTelephoneNumbers()) {
            PendingActivation p = byTn.get(tn);
            if (p == null) {
                log.warn("Order {} completed {} which we never asked for", n.getOrderId(), tn);
                continue;
            }
            inventory.markActive(tn, p.customerId(), "sip:1" + tn + "@" + sipDomain);
            pending.complete(p.id());
            activated++;
        }
        return activated;
    }

    private int activatePorted(Notification n) throws SQLException {
        int activated = 0;
        for (String tn : n.getCompletedTelephoneNumbers()) {
            if (!tn.matches("\\d{10}")) {
                log.warn("Unexpected number {} in port-in notification {}", tn, n.getOrderId());
                continue;
            }
            Optional<PendingActivation> p = pending.findByTn(tn);
            if (p.isPresent()) {
                inventory.markActive(tn, p.get().customerId(), null);
                pending.complete(p.get().id());
                activated++;
            }
        }
        return activated;
    }
}
