package net.harbourline.tnbridge.service;

import net.harbourline.tnbridge.model.InventoryRecord;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cache of the billing inventory, keyed by the 10-digit national number billing uses.
 * Loaded at start-up from the billing export, updated by orders and callbacks.
 */
public class TnInventoryStore {

    private final Map<String, InventoryRecord> byNumber = new ConcurrentHashMap<>();
    private final Map<String, String> customerByOrder = new ConcurrentHashMap<>();

    public InventoryRecord find(String tn) {
        return byNumber.get(tn);
    }

    public void save(InventoryRecord record) {
        byNumber.put(String.valueOf(record.getTelephoneNumber()), record);
    }

    public void rememberOrder(String customerOrderId, String customerId) {
        customerByOrder.put(customerOrderId, customerId);
    }

    public String customerForOrder(String customerOrderId) {
        return customerByOrder.get(customerOrderId);
    }

    public Collection<InventoryRecord> all() {
        return byNumber.values();
    }

    /** Records the numbers of a completed order response (raw XML from GET /orders/{id}). */
    public int recordOrderResponse(String orderResponseXml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(orderResponseXml)));
        var xpath = XPathFactory.newInstance().newXPath();
        String orderId = xpath.evaluate("/OrderResponse/Order/id", doc);
        String customerOrderId = xpath.evaluate("/OrderResponse/Order/CustomerOrderId", doc);
        NodeList tns = (NodeList) xpath.evaluate("//CompletedNumbers/TelephoneNumber/FullNumber", doc, XPathConstants.NODESET);
        for (int i = 0; i < tns.getLength(); i++) {
            String tn = tns.item(i).getTextContent().trim();
            String key = tn.substring(tn.length() - 10);
            InventoryRecord record = new InventoryRecord(Long.parseLong(key), orderId, "ACTIVE");
            record.setCustomerId(customerForOrder(customerOrderId));
            byNumber.put(key, record);
        }
        return tns.getLength();
    }
}
