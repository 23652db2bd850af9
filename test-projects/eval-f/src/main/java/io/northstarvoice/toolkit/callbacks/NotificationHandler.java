package io.northstarvoice.toolkit.callbacks;

import io.northstarvoice.toolkit.iris.XmlPayloads;
import io.northstarvoice.toolkit.model.PortRequest;
import io.northstarvoice.toolkit.model.PortRequestStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Handles the XML order notifications the Dashboard posts to our webhook, e.g.
 * <pre>
 * &lt;CompletedTelephoneNumbers&gt;&lt;TelephoneNumber&gt;9195551234&lt;/TelephoneNumber&gt;...
 * </pre>
 * and marks the matching port requests as active.
 */
public class NotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(NotificationHandler.class);
    private static final Pattern NANP = Pattern.compile("[0-9]{10}");

    private final PortRequestStore store;

    public NotificationHandler(PortRequestStore store) {
        this.store = store;
    }

    public List<PortRequest> handle(String xml) {
        Notification notification = XmlPayloads.read(xml, Notification.class);
        if (!notification.isComplete()) {
            log.info("order {} is {}: {}", notification.orderId(), notification.status(), notification.message());
            return List.of();
        }
        List<PortRequest> activated = new ArrayList<>();
        for (String tn : notification.completed()) {
            if (!NANP.matcher(tn).matches()) {
                log.warn("skipping unexpected number {} in order {}", tn, notification.orderId());
                continue;
            }
            PortRequest pending = store.findByTn(tn);
            if (pending == null) {
                log.warn("no port request for {} (order {})", tn, notification.orderId());
                continue;
            }
            long numeric = Long.parseLong(tn);
            activated.add(store.markActive(pending, numeric));
        }
        return activated;
    }
}
