package net.kestreltel.portdesk.callbacks;

import com.google.inject.Inject;
import net.kestreltel.portdesk.dashboard.model.NotificationXml;
import net.kestreltel.portdesk.numbers.NumberRepository;
import net.kestreltel.portdesk.numbers.PortedNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handles order-status notifications the Dashboard POSTs to /callbacks/dashboard
 * (port-ins, hosted messaging imports, TN option orders).
 */
public class DashboardCallbackHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardCallbackHandler.class);

    private final NumberRepository numbers;
    private final PortEventPublisher events;
    private final JAXBContext jaxb;

    @Inject
    public DashboardCallbackHandler(NumberRepository numbers, PortEventPublisher events) throws JAXBException {
        this.numbers = numbers;
        this.events = events;
        this.jaxb = JAXBContext.newInstance(NotificationXml.class);
    }

    public NotificationXml parse(String body) throws JAXBException {
        return (NotificationXml) jaxb.createUnmarshaller().unmarshal(new StringReader(body));
    }

    public List<String> handle(String body) throws JAXBException {
        NotificationXml n = parse(body);
        List<String> activated = new ArrayList<>();
        if (!"COMPLETE".equals(n.status)) {
            LOG.info("Order {} ({}) is {}: {}", n.orderId, n.orderType, n.status, n.message);
            return activated;
        }
        for (String tn : n.completedTelephoneNumbers) {
            if (tn.length() != 10) {
                LOG.warn("Ignoring malformed number {} in order {}", tn, n.orderId);
                continue;
            }
            Optional<PortedNumber> existing = numbers.findByTn(tn);
            if (existing.isEmpty()) {
                LOG.warn("Order {} completed unknown number {}", n.orderId, tn);
                continue;
            }
            numbers.updateStatus(tn, "ACTIVE");
            events.publish(new PortEventPublisher.PortEvent("PORT_COMPLETED", tn, existing.get().customerId(), n.orderId,
                    "sip:1" + tn + "@core.kestreltel.net"));
            activated.add(tn);
        }
        return activated;
    }
}
