package org.harborline.provisioning.callbacks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Handles the order Notification callbacks Bandwidth POSTs to
 * https://hooks.harborline.net/api/iris/notifications.
 * <p>
 * Example body: {@code <CompletedTelephoneNumbers><TelephoneNumber>9195551212</TelephoneNumber>}
 */
public class OrderCallbackHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OrderCallbackHandler.class);

    private static final Pattern NANP_TN = Pattern.compile("^[2-9]\\d{9}$");

    /** Activations waiting for Bandwidth to complete the order, keyed by the 10-digit TN. */
    private final Map<String, String> pendingActivationByTn = new ConcurrentHashMap<>();

    public void expect(String tn, String activationId) {
        pendingActivationByTn.put(tn, activationId);
    }

    public List<String> handle(String xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder db = dbf.newDocumentBuilder();
        Document doc = db.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        String status = text(doc.getDocumentElement(), "Status");
        List<String> activated = new ArrayList<>();
        if (!"COMPLETE".equals(status)) {
            LOG.info("order {} is {}", text(doc.getDocumentElement(), "OrderId"), status);
            return activated;
        }
        NodeList completed = doc.getElementsByTagName("CompletedTelephoneNumbers");
        for (int i = 0; i < completed.getLength(); i++) {
            NodeList tns = ((Element) completed.item(i)).getElementsByTagName("TelephoneNumber");
            for (int j = 0; j < tns.getLength(); j++) {
                String tn = tns.item(j).getTextContent().trim();
                if (!NANP_TN.matcher(tn).matches()) {
                    LOG.warn("ignoring malformed number {} (expected e.g. 9195551212)", tn);
                    continue;
                }
                String activationId = pendingActivationByTn.remove(tn);
                if (activationId != null) {
                    activated.add(activationId);
                }
            }
        }
        return activated;
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
