package net.prairiewave.numbering.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code <Order>} payloads with DOM. Used for the raw-HTTP order path (the SDK path lives
 * in {@code sdk.SdkOrderService}).
 */
public final class OrderXmlBuilder {

    private String customerOrderId;
    private String siteId;
    private String peerId;
    private boolean partialAllowed = true;
    private final List<String> telephoneNumbers = new ArrayList<>();
    private String areaCode;
    private int quantity;

    public static OrderXmlBuilder order(String customerOrderId) {
        OrderXmlBuilder b = new OrderXmlBuilder();
        b.customerOrderId = customerOrderId;
        return b;
    }

    public OrderXmlBuilder site(String siteId, String peerId) {
        this.siteId = siteId;
        this.peerId = peerId;
        return this;
    }

    public OrderXmlBuilder partialAllowed(boolean partialAllowed) {
        this.partialAllowed = partialAllowed;
        return this;
    }

    public OrderXmlBuilder telephoneNumber(String tn) {
        telephoneNumbers.add(tn);
        return this;
    }

    public OrderXmlBuilder telephoneNumbers(List<String> tns) {
        telephoneNumbers.addAll(tns);
        return this;
    }

    public OrderXmlBuilder areaCodeSearch(String areaCode, int quantity) {
        this.areaCode = areaCode;
        this.quantity = quantity;
        return this;
    }

    public String build() {
        Document doc = XmlSupport.newDocument();
        Element order = doc.createElement("Order");
        doc.appendChild(order);
        XmlSupport.child(doc, order, "CustomerOrderId", customerOrderId);
        XmlSupport.child(doc, order, "SiteId", siteId);
        if (peerId != null) {
            XmlSupport.child(doc, order, "PeerId", peerId);
        }
        XmlSupport.child(doc, order, "PartialAllowed", Boolean.toString(partialAllowed));
        if (!telephoneNumbers.isEmpty()) {
            Element existing = XmlSupport.child(doc, order, "ExistingTelephoneNumberOrderType", null);
            Element list = XmlSupport.child(doc, existing, "TelephoneNumberList", null);
            for (String tn : telephoneNumbers) {
                XmlSupport.child(doc, list, "TelephoneNumber", tn);
            }
        } else if (areaCode != null) {
            Element search = XmlSupport.child(doc, order, "AreaCodeSearchAndOrderType", null);
            XmlSupport.child(doc, search, "AreaCode", areaCode);
            XmlSupport.child(doc, search, "Quantity", Integer.toString(quantity));
        }
        return XmlSupport.toString(doc);
    }
}
