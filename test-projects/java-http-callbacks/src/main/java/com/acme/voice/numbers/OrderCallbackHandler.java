package com.acme.voice.numbers;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Receives the Dashboard's order Notification callbacks and activates the customers whose numbers completed. */
public class OrderCallbackHandler {
    /** Our customers, keyed by their 10-digit number. */
    private final Map<String, Customer> customers = new ConcurrentHashMap<>();
    private final List<String> activated = new ArrayList<>();

    public void register(Customer customer) {
        customers.put(customer.tenDigitNumber(), customer);
    }

    public List<String> activated() {
        return activated;
    }

    public int handle(String notificationXml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(notificationXml)));
        Element root = doc.getDocumentElement();
        if (!"Notification".equals(root.getTagName())) {
            return 0;
        }
        String status = text(root, "Status");
        if (!"COMPLETE".equals(status)) {
            return 0;
        }
        int matched = 0;
        NodeList completed = root.getElementsByTagName("CompletedTelephoneNumbers");
        for (int i = 0; i < completed.getLength(); i++) {
            NodeList tns = ((Element) completed.item(i)).getElementsByTagName("TelephoneNumber");
            for (int j = 0; j < tns.getLength(); j++) {
                String tn = tns.item(j).getTextContent().trim();
                Customer customer = customers.get(tn);
                if (customer != null) {
                    activated.add(customer.id());
                    matched++;
                }
            }
        }
        return matched;
    }

    static boolean looksLikeUsNumber(String tn) {
        return tn.length() == 10;
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
