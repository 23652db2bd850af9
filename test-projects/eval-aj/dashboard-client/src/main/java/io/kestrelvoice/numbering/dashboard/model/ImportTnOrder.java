package io.kestrelvoice.numbering.dashboard.model;

import java.util.List;
import java.util.UUID;

/**
 * Our own representation of a hosted-messaging import order. Not the Iris SDK class of the same
 * name: the raw client posts this as XML.
 */
public final class ImportTnOrder {

    private final String customerOrderId;
    private final String siteId;
    private final String sipPeerId;
    private final String loaAuthorizingPerson;
    private final List<String> telephoneNumbers;

    private ImportTnOrder(String customerOrderId, String siteId, String sipPeerId,
                          String loaAuthorizingPerson, List<String> telephoneNumbers) {
        this.customerOrderId = customerOrderId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.loaAuthorizingPerson = loaAuthorizingPerson;
        this.telephoneNumbers = List.copyOf(telephoneNumbers);
    }

    public static ImportTnOrder Create(String siteId, String sipPeerId, String authorizedBy, List<String> tns) {
        return new ImportTnOrder("KV-" + UUID.randomUUID().toString().substring(0, 8), siteId, sipPeerId, authorizedBy, tns);
    }

    public String customerOrderId() {
        return customerOrderId;
    }

    public List<String> telephoneNumbers() {
        return telephoneNumbers;
    }

    public String toXml() {
        StringBuilder sb = new StringBuilder("<ImportTnOrder>");
        sb.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        sb.append("<SiteId>").append(siteId).append("</SiteId>");
        sb.append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>");
        sb.append("<LoaAuthorizingPerson>").append(loaAuthorizingPerson).append("</LoaAuthorizingPerson>");
        sb.append("<LoaType>CARRIER</LoaType>");
        sb.append("<TelephoneNumbers>");
        telephoneNumbers.forEach(tn -> sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        sb.append("</TelephoneNumbers>");
        sb.append("</ImportTnOrder>");
        return sb.toString();
    }
}
