package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Our own JAXB view of a hosted-messaging import order, used by the raw HTTP route (the SDK model of
 * the same name cannot be marshalled with jakarta JAXB).
 */
@XmlRootElement(name = "ImportTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ImportTnOrder {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "SipPeerId")
    private String sipPeerId;

    @XmlElement(name = "LoaAuthorizingPerson")
    private String loaAuthorizingPerson;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public static ImportTnOrder create(String customerOrderId, String siteId, String sipPeerId, List<String> tns) {
        ImportTnOrder order = new ImportTnOrder();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.sipPeerId = sipPeerId;
        order.telephoneNumbers.addAll(tns);
        return order;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public String getLoaAuthorizingPerson() {
        return loaAuthorizingPerson;
    }

    public void setLoaAuthorizingPerson(String loaAuthorizingPerson) {
        this.loaAuthorizingPerson = loaAuthorizingPerson;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
