package net.cedarline.numberdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import net.cedarline.numberdesk.util.XmlSupport;

/** Parses the Notification XML the Dashboard POSTs to our callback endpoints. */
public class NotificationParser {

    private static final Logger log = LoggerFactory.getLogger(NotificationParser.class);
    private static final Pattern NATIONAL_TN = Pattern.compile("^[0-9]{10}$");

    public Notification parse(String xml) {
        Element root = XmlSupport.parse(xml).getDocumentElement();
        List<String> completed = new ArrayList<>();
        Element completedBlock = XmlSupport.firstElement(root, "CompletedTelephoneNumbers");
        if (completedBlock != null) {
            for (String tn : XmlSupport.texts(completedBlock, "TelephoneNumber")) {
                if (NATIONAL_TN.matcher(tn).matches()) {
                    completed.add(tn);
                } else {
                    log.debug("ignoring malformed number {} in notification", tn);
                }
            }
        }
        return new Notification(
                text(root, "SubscriptionId"),
                text(root, "OrderType"),
                text(root, "OrderId"),
                text(root, "CustomerOrderId"),
                text(root, "Status"),
                text(root, "Message"),
                completed,
                text(root, "LastModifiedDate"),
                text(root, "ActualFocDate"));
    }

    private static String text(Element root, String tag) {
        List<String> values = XmlSupport.texts(root, tag);
        return values.isEmpty() ? null : values.get(0);
    }
}
