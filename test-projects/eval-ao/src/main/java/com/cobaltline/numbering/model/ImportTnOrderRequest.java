package com.cobaltline.numbering.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** Hosted messaging import of numbers that stay with their voice carrier. */
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

    @XmlElement(name = "LoaType")
    private String loaType = "CARRIER";

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

    public String getLoaType() {
        return loaType;
    }

    public void setLoaType(String loaType) {
        this.loaType = loaType;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public void setTelephoneNumbers(List<String> telephoneNumbers) {
        this.telephoneNumbers = telephoneNumbers;
    }
}
