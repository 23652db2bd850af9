package com.harborline.numbering.xml;

import com.harborline.numbering.dto.Notification;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX parser for the {@code <Notification>} bodies Dashboard POSTs to our callback endpoint.
 * Callbacks can be large for bulk port-ins (thousands of numbers), hence no DOM here.
 */
public final class NotificationParser {

    private NotificationParser() {
    }

    public static Notification parse(String xml) throws XMLStreamException {
        XMLStreamReader r = XmlSupport.stax().createXMLStreamReader(new StringReader(xml));
        String subscriptionId = null;
        String orderType = null;
        String orderId = null;
        String customerOrderId = null;
        String status = null;
        String message = null;
        List<String> completed = new ArrayList<>();
        boolean inCompleted = false;
        try {
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
                        case "CompletedTelephoneNumbers" -> inCompleted = true;
                        case "TelephoneNumber" -> {
                            if (inCompleted) {
                                completed.add(r.getElementText().trim());
                            }
                        }
                        default -> {
                            // ignore the rest (LastModifiedDate, ActualFocDate, ...)
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && "CompletedTelephoneNumbers".equals(r.getLocalName())) {
                    inCompleted = false;
                }
            }
        } finally {
            r.close();
        }
        return new Notification(subscriptionId, orderType, orderId, customerOrderId, status, message, completed);
    }
}
