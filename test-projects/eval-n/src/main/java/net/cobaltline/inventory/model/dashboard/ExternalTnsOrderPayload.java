package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "ExternalTnsOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ExternalTnsOrderPayload {

    public enum Action { IMPORT, REMOVE }

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "SipPeerId")
    private String sipPeerId;

    @XmlElement(name = "Action")
    private Action action;

    @XmlElement(name = "LoaType")
    private String loaType;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public ExternalTnsOrderPayload() {
    }

    public ExternalTnsOrderPayload(String customerOrderId, String siteId, String sipPeerId,
                                   Action action, List<String> telephoneNumbers) {
        this.customerOrderId = customerOrderId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.action = action;
        this.loaType = "CARRIER";
        this.telephoneNumbers = new ArrayList<>(telephoneNumbers);
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public Action getAction() {
        return action;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
