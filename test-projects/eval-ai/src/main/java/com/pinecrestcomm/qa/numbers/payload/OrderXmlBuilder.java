package com.pinecrestcomm.qa.numbers.payload;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code <Order>} bodies for existing-number and area-code orders.
 */
public final class OrderXmlBuilder {

    private String siteId;
    private String peerId;
    private String customerOrderId;
    private boolean partialAllowed = true;
    private final List<String> telephoneNumbers = new ArrayList<>();
    private String areaCode;
    private int quantity;

    public static OrderXmlBuilder order() {
        return new OrderXmlBuilder();
    }

    public OrderXmlBuilder site(String siteId) {
        this.siteId = siteId;
        return this;
    }

    public OrderXmlBuilder peer(String peerId) {
        this.peerId = peerId;
        return this;
    }

    public OrderXmlBuilder customerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
        return this;
    }

    public OrderXmlBuilder partialAllowed(boolean partialAllowed) {
        this.partialAllowed = partialAllowed;
        return this;
    }

    public OrderXmlBuilder number(String tn) {
        telephoneNumbers.add(tn);
        return this;
    }

    public OrderXmlBuilder numbers(List<String> tns) {
        telephoneNumbers.addAll(tns);
        return this;
    }

    public OrderXmlBuilder areaCode(String areaCode, int quantity) {
        this.areaCode = areaCode;
        this.quantity = quantity;
        return this;
    }

    public String build() {
        StringBuilder sb = new StringBuilder("<Order>");
        if (customerOrderId != null) {
            sb.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        }
        sb.append("<SiteId>").append(siteId).append("</SiteId>");
        if (peerId != null) {
            sb.append("<PeerId>").append(peerId).append("</PeerId>");
        }
        sb.append("<PartialAllowed>").append(partialAllowed).append("</PartialAllowed>");
        if (!telephoneNumbers.isEmpty()) {
            sb.append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
            telephoneNumbers.forEach(tn -> sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
            sb.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType>");
        } else if (areaCode != null) {
            sb.append(String.format("<AreaCodeSearchAndOrderType><AreaCode>%s</AreaCode><Quantity>%d</Quantity>"
                    + "</AreaCodeSearchAndOrderType>", areaCode, quantity));
        }
        return sb.append("</Order>").toString();
    }
}
