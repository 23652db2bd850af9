package com.bluepinenet.cdrpipeline.kafka.listener;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.bluepinenet.cdrpipeline.kafka.model.CompletedNumber;
import com.bluepinenet.cdrpipeline.kafka.model.DashboardNotification;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses the XML Notification bodies the Dashboard posts to our webhook gateway. */
@Component
public class NotificationParser {

    private static final Pattern NATIONAL_NUMBER = Pattern.compile("^[0-9]{10}$");

    public DashboardNotification parse(String xml) {
        Document doc = read(xml);
        List<String> completed = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("CompletedTelephoneNumbers");
        for (int i = 0; i < groups.getLength(); i++) {
            NodeList tns = ((Element) groups.item(i)).getElementsByTagName("TelephoneNumber");
            for (int j = 0; j < tns.getLength(); j++) {
                String tn = tns.item(j).getTextContent().trim();
                if (NATIONAL_NUMBER.matcher(tn).matches()) {
                    completed.add(tn);
                }
            }
        }
        return new DashboardNotification(
                text(doc, "SubscriptionId"),
                text(doc, "OrderType"),
                firstNonEmpty(text(doc, "OrderId"), text(doc, "orderId")),
                text(doc, "CustomerOrderId"),
                text(doc, "Status"),
                text(doc, "Message"),
                completed,
                instant(text(doc, "LastModifiedDate")),
                instant(text(doc, "ActualFocDate")));
    }

    public List<CompletedNumber> ledgerEntries(DashboardNotification notification) {
        List<CompletedNumber> entries = new ArrayList<>();
        for (String tn : notification.completedNumbers()) {
            entries.add(new CompletedNumber(Long.parseLong(tn), notification.orderId(),
                    notification.orderType(), notification.lastModified()));
        }
        return entries;
    }

    private static Document read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a Dashboard notification", e);
        }
    }

    private static String text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static Instant instant(String value) {
        return value.isEmpty() ? null : Instant.parse(value);
    }
}
