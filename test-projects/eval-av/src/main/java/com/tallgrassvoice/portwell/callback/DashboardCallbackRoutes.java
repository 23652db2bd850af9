package com.tallgrassvoice.portwell.callback;

import static spark.Spark.post;

import com.tallgrassvoice.portwell.callback.NotificationParser.Notification;
import com.tallgrassvoice.portwell.messaging.SmsNotifier;
import com.tallgrassvoice.portwell.store.NumberInventory;
import com.tallgrassvoice.portwell.store.PortRepository;
import com.tallgrassvoice.portwell.store.PortRepository.PortRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Response;

/**
 * Receives the notifications the Dashboard posts for our subscriptions (orders, port-ins and
 * hosted messaging imports).
 */
public class DashboardCallbackRoutes {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackRoutes.class);

    /** In-memory counters, exposed on /api/metrics and pushed to the metrics collector. */
    public static final class Metrics {
        private final Map<String, AtomicLong> portedByNpa = new ConcurrentHashMap<>();

        void portedInto(String npa) {
            portedByNpa.computeIfAbsent(npa, k -> new AtomicLong()).incrementAndGet();
        }

        public Map<String, Long> snapshot() {
            Map<String, Long> copy = new ConcurrentHashMap<>();
            portedByNpa.forEach((k, v) -> copy.put(k, v.get()));
            return copy;
        }
    }

    private final NotificationParser parser = new NotificationParser();
    private final PortRepository ports;
    private final NumberInventory inventory;
    private final SmsNotifier sms;
    private final Metrics metrics;

    public DashboardCallbackRoutes(PortRepository ports, NumberInventory inventory, SmsNotifier sms, Metrics metrics) {
        this.ports = ports;
        this.inventory = inventory;
        this.sms = sms;
        this.metrics = metrics;
    }

    public void register() {
        post("/callbacks/dashboard/orders", this::orderNotification);
        post("/callbacks/dashboard/portins", this::portInNotification);
        post("/callbacks/dashboard/importtnorders", this::importNotification);
    }

    Object orderNotification(Request req, Response res) {
        Notification n = parser.parse(req.body());
        log.info("order {} is {}", n.orderId(), n.status());
        for (String tn : n.completedNumbers()) {
            if (tn.length() == 10) {
                inventory.markActive(tn, n.orderId());
            } else {
                log.warn("order {}: unexpected number {}", n.orderId(), tn);
            }
        }
        res.status(200);
        return "";
    }

    Object portInNotification(Request req, Response res) {
        Notification n = parser.parse(req.body());
        for (String tn : n.completedNumbers()) {
            Optional<PortRequest> port = ports.findByTn(tn);
            port.ifPresent(p -> ports.markStatus(p.id(), n.status(), n.actualFocDate()));
            String npa = tn.substring(0, 3);
            metrics.portedInto(npa);
        }
        res.status(200);
        return "";
    }

    Object importNotification(Request req, Response res) {
        Notification n = parser.parse(req.body());
        if (!"COMPLETE".equals(n.status())) {
            log.info("import {} is {}: {}", n.orderId(), n.status(), n.message());
            res.status(200);
            return "";
        }
        for (String tn : n.completedNumbers()) {
            long key = Long.parseLong(tn);
            inventory.enableSms(key);
            sms.sendWelcome("+1" + tn);
        }
        res.status(200);
        return "";
    }
}
