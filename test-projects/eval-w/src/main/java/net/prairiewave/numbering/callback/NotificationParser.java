package net.prairiewave.numbering.callback;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** StAX parser for {@code <Notification>} bodies posted by the Dashboard. */
public final class NotificationParser {

    private NotificationParser() {
    }

    public static OrderNotification parse(String xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        String subscriptionId = null;
        String orderType = null;
        String orderId = null;
        String customerOrderId = null;
        String status = null;
        String message = null;
        String lastModified = null;
        List<String> completed = new ArrayList<>();
        boolean inCompleted = false;
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "SubscriptionId" -> subscriptionId = r.getElementText().trim();
                        case "OrderType" -> orderType = r.getElementText().trim();
                        case "OrderId" -> orderId = r.getElementText().trim();
                        case "CustomerOrderId" -> customerOrderId = r.getElementText().trim();
                        case "Status" -> status = r.getElementText().trim();
                        case "Message" -> message = r.getElementText().trim();
                        case "LastModifiedDate" -> lastModified = r.getElementText().trim();
                        case "CompletedTelephoneNumbers" -> inCompleted = true;
                        case "TelephoneNumber" -> {
                            String tn = r.getElementText().trim();
                            if (inCompleted && tn.length() == 10) {
                                completed.add(tn);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && "CompletedTelephoneNumbers".equals(r.getLocalName())) {
                    inCompleted = false;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Bad notification body", e);
        }
        return new OrderNotification(subscriptionId, orderType, orderId, customerOrderId, status, message,
                completed, lastModified);
    }
}
