package net.kestrelvoice.numbering.events;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageListener;
import javax.jms.TextMessage;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.kestrelvoice.numbering.dashboard.model.OrderNotification;
import net.kestrelvoice.numbering.inventory.TnInventoryStore;
import net.kestrelvoice.numbering.inventory.TnInventoryStore.TnRecord;
import net.kestrelvoice.numbering.util.TnFormat;

/**
 * Applies dashboard order callbacks (relayed through {@link JmsDestinations#DASHBOARD_NOTIFICATIONS})
 * to the inventory: ordered numbers become ACTIVE, port-ins get routed to their NPA's media
 * cluster.
 */
public class OrderNotificationConsumer implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationConsumer.class);

    private final JAXBContext jaxb;
    private final TnInventoryStore inventory;
    private final List<String> unknownNumbers = new ArrayList<>();

    public OrderNotificationConsumer(TnInventoryStore inventory) throws JAXBException {
        this.jaxb = JAXBContext.newInstance(OrderNotification.class);
        this.inventory = inventory;
    }

    @Override
    public void onMessage(Message message) {
        try {
            String xml = ((TextMessage) message).getText();
            OrderNotification notification = (OrderNotification) jaxb.createUnmarshaller()
                    .unmarshal(new StringReader(xml));
            apply(notification);
        } catch (JMSException | JAXBException e) {
            throw new IllegalStateException("unreadable dashboard notification", e);
        }
    }

    void apply(OrderNotification notification) {
        if (!notification.isComplete()) {
            log.info("order {} is {}: {}", notification.getOrderId(), notification.getStatus(), notification.getMessage());
            return;
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!TnFormat.isNational(tn)) {
                log.warn("ignoring malformed number {} in order {}", tn, notification.getOrderId());
                continue;
            }
            Optional<TnRecord> record = inventory.findByTn(tn);
            if (record.isEmpty()) {
                unknownNumbers.add(tn);
                continue;
            }
            inventory.markActive(tn, notification.getOrderId());
            if ("portins".equalsIgnoreCase(notification.getOrderType())) {
                routeToCluster(tn.substring(0, 3), tn);
            }
        }
    }

    private void routeToCluster(String npa, String tn) {
        String cluster = npa.startsWith("9") ? "rdu-media-1" : "clt-media-1";
        log.info("port-in {} routed to {}", tn, cluster);
    }

    List<String> unknownNumbers() {
        return unknownNumbers;
    }
}
