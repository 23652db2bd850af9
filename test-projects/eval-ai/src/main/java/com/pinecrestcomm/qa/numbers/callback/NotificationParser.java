package com.pinecrestcomm.qa.numbers.callback;

import com.pinecrestcomm.qa.numbers.util.XmlText;
import org.w3c.dom.Document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the XML body Bandwidth posts to our callback endpoint.
 */
public final class NotificationParser {

    private static final Pattern TN = Pattern.compile("^[2-9]\\d{2}[2-9]\\d{6}$");

    private NotificationParser() {
    }

    public static OrderNotification parse(String xml) {
        Document doc = XmlText.parse(xml);
        List<String> completed = XmlText.values(doc, "TelephoneNumber").stream()
                .filter(tn -> TN.matcher(tn).matches())
                .toList();
        return new OrderNotification(
                XmlText.first(doc, "SubscriptionId"),
                XmlText.first(doc, "OrderType"),
                XmlText.first(doc, "OrderId"),
                XmlText.first(doc, "CustomerOrderId"),
                XmlText.first(doc, "Status"),
                XmlText.first(doc, "Message"),
                completed,
                XmlText.first(doc, "LastModifiedDate"));
    }
}
