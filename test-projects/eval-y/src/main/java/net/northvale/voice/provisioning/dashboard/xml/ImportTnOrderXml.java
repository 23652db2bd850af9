package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Body of a hosted-messaging import: numbers we keep for voice but want SMS-enabled. */
@XmlRootElement(name = "ImportTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ImportTnOrderXml {

    @XmlElement(name = "OrderId")
    private String orderId;
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
    @XmlElement(name = "ProcessingStatus")
    private String processingStatus;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public void setCustomerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public void setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
    }

    public void setLoaAuthorizingPerson(String loaAuthorizingPerson) {
        this.loaAuthorizingPerson = loaAuthorizingPerson;
    }

    public void setLoaType(String loaType) {
        this.loaType = loaType;
    }

    public String getProcessingStatus() {
        return processingStatus;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public void setTelephoneNumbers(List<String> telephoneNumbers) {
        this.telephoneNumbers = new ArrayList<>(telephoneNumbers);
    }
}
