package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Numbers held by another carrier that we SMS-enable without porting them. */
@XmlRootElement(name = "ExternalTnsOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ExternalTnsOrderXml {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;
    @XmlElement(name = "SiteId")
    private String siteId;
    @XmlElement(name = "SipPeerId")
    private String sipPeerId;
    @XmlElement(name = "Action")
    private String action = "IMPORT";
    @XmlElement(name = "LoaType")
    private String loaType = "CARRIER";

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public ExternalTnsOrderXml() {
    }

    public ExternalTnsOrderXml(String customerOrderId, String siteId, String sipPeerId, List<String> tns) {
        this.customerOrderId = customerOrderId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.telephoneNumbers = new ArrayList<>(tns);
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
