package io.kestrelvoice.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * Fluent builder for {@code <Order>} payloads (existing-number orders only; area-code
 * search-and-order goes through the SDK in provisioning-service).
 */
public final class OrderXmlBuilder {

    private String customerOrderId;
    private String siteId;
    private String peerId;
    private boolean partialAllowed = true;
    private final List<String> telephoneNumbers = new ArrayList<>();

    private OrderXmlBuilder() {
    }

    public static OrderXmlBuilder order() {
        return new OrderXmlBuilder();
    }

    public OrderXmlBuilder customerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
        return this;
    }

    public OrderXmlBuilder siteId(String siteId) {
        this.siteId = siteId;
        return this;
    }

    public OrderXmlBuilder peerId(String peerId) {
        this.peerId = peerId;
        return this;
    }

    public OrderXmlBuilder partialAllowed(boolean partialAllowed) {
        this.partialAllowed = partialAllowed;
        return this;
    }

    public OrderXmlBuilder telephoneNumber(String tn) {
        this.telephoneNumbers.add(tn);
        return this;
    }

    public OrderXmlBuilder telephoneNumbers(List<String> tns) {
        this.telephoneNumbers.addAll(tns);
        return this;
    }

    public String build() {
        if (telephoneNumbers.isEmpty()) {
            throw new IllegalStateException("an order needs at least one telephone number");
        }
        StringBuilder xml = new StringBuilder(256);
        xml.append("<Order>");
        if (customerOrderId != null) {
            xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        }
        xml.append("<SiteId>").append(siteId).append("</SiteId>");
        if (peerId != null) {
            xml.append("<PeerId>").append(peerId).append("</PeerId>");
        }
        xml.append("<PartialAllowed>").append(partialAllowed).append("</PartialAllowed>");
        xml.append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : telephoneNumbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType>");
        xml.append("</Order>");
        return xml.toString();
    }
}
