package net.halyardcomm.backoffice.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Body of a hosted-messaging import (ImportTnOrder). */
@XmlRootElement(name = "ImportTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"customerOrderId", "siteId", "sipPeerId", "loaAuthorizingPerson", "loaType", "telephoneNumbers"})
public class ImportTnOrderXml {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "SipPeerId")
    private String sipPeerId;

    @XmlElement(name = "LoaAuthorizingPerson")
    private String loaAuthorizingPerson;

    @XmlElement(name = "LoaType")
    private String loaType;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<String>();

    public static Builder builder() {
        return new Builder();
    }

    public String getCustomerOrderId() { return customerOrderId; }
    public String getSiteId() { return siteId; }
    public String getSipPeerId() { return sipPeerId; }
    public String getLoaType() { return loaType; }
    public List<String> getTelephoneNumbers() { return telephoneNumbers; }

    public static final class Builder {
        private final ImportTnOrderXml order = new ImportTnOrderXml();

        public Builder customerOrderId(String v) { order.customerOrderId = v; return this; }
        public Builder siteId(String v) { order.siteId = v; return this; }
        public Builder sipPeerId(String v) { order.sipPeerId = v; return this; }
        public Builder loaAuthorizingPerson(String v) { order.loaAuthorizingPerson = v; return this; }
        public Builder loaType(String v) { order.loaType = v; return this; }
        public Builder telephoneNumber(String tn) { order.telephoneNumbers.add(tn); return this; }
        public Builder telephoneNumbers(List<String> tns) { order.telephoneNumbers.addAll(tns); return this; }

        public ImportTnOrderXml build() {
            return order;
        }
    }
}
