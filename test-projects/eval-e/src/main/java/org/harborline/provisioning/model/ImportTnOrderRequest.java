package org.harborline.provisioning.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/**
 * JAXB payload for the raw-HTTP import path ({@code ImportedTnResource}).
 */
@XmlRootElement(name = "ImportTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ImportTnOrderRequest {

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

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public void setCustomerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public void setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
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

    public void addTelephoneNumber(String tn) {
        telephoneNumbers.add(tn);
    }
}
