package net.lumivox.numbering.callback;

import net.lumivox.numbering.iris.XmlSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the Notification XML the Dashboard posts for orders, port-ins and disconnects.
 */
public class NotificationParser {

    private static final Pattern TELEPHONE_NUMBER = Pattern.compile("\\d{10}");

    public Notification parse(String xml) {
        Document doc = XmlSupport.parse(xml);
        return new Notification(
                XmlSupport.first(doc, "SubscriptionId"),
                XmlSupport.first(doc, "OrderType"),
                XmlSupport.first(doc, "OrderId"),
                XmlSupport.first(doc, "CustomerOrderId"),
                XmlSupport.first(doc, "Status"),
                XmlSupport.first(doc, "Message"),
                completedNumbers(doc),
                XmlSupport.first(doc, "LastModifiedDate"));
    }

    private List<String> completedNumbers(Document doc) {
        List<String> numbers = new ArrayList<>();
        NodeList completed = doc.getElementsByTagName("CompletedTelephoneNumbers");
        for (int i = 0; i < completed.getLength(); i++) {
            NodeList tns = ((Element) completed.item(i)).getElementsByTagName("TelephoneNumber");
            for (int j = 0; j < tns.getLength(); j++) {
                String tn = tns.item(j).getTextContent().trim();
                if (TELEPHONE_NUMBER.matcher(tn).matches()) {
                    numbers.add(tn);
                }
            }
        }
        return numbers;
    }
}
