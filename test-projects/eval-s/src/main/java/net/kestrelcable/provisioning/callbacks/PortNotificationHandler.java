package net.kestrelcable.provisioning.callbacks;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import net.kestrelcable.provisioning.dashboard.xml.NotificationPayload;
import net.kestrelcable.provisioning.messaging.MessagingApiClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Port-in status changes. On FOC we schedule the switch translation; on COMPLETE we activate.
 */
@Component
public class PortNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(PortNotificationHandler.class);

    private final JdbcTemplate jdbc;
    private final MessagingApiClient messaging;

    public PortNotificationHandler(JdbcTemplate jdbc, MessagingApiClient messaging) {
        this.jdbc = jdbc;
        this.messaging = messaging;
    }

    public void handle(NotificationPayload n) {
        switch (n.status()) {
            case "FOC" -> scheduleTranslations(n);
            case "COMPLETE" -> complete(n);
            case "REQUESTED_SUPP", "EXCEPTION" -> log.warn("Port {} needs attention: {}", n.orderId(), n.message());
            default -> log.debug("Port {} status {}", n.orderId(), n.status());
        }
    }

    private void scheduleTranslations(NotificationPayload n) {
        LocalDate foc = n.actualFocDate() == null ? null : OffsetDateTime.parse(n.actualFocDate()).toLocalDate();
        for (String tn : n.completed()) {
            String npa = tn.substring(0, 3);
            String switchId = jdbc.queryForObject("SELECT switch_id FROM npa_switch WHERE npa = ?", String.class, npa);
            jdbc.update("INSERT INTO switch_translation (switch_id, dn, effective_date) VALUES (?, ?, ?)",
                    switchId, "1" + tn, foc);
        }
    }

    private void complete(NotificationPayload n) {
        for (String tn : n.completed()) {
            long dn = Long.parseLong(tn);
            jdbc.update("UPDATE port_in_tn SET status = 'COMPLETE', dn = ? WHERE port_order_id = ? AND tn = ?",
                    dn, n.orderId(), tn);
            messaging.sendPortComplete(tn);
        }
        log.info("Port {} complete ({} numbers)", n.orderId(), n.completed().size());
    }
}
