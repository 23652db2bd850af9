package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <ExternalTnsOrder>}: IMPORT or REMOVE messaging on numbers we do not own. */
@XmlRootElement(name = "ExternalTnsOrder")
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
    private String loaType = "CARRIER";

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public ExternalTnsOrderPayload() {
    }

    public ExternalTnsOrderPayload(String customerOrderId, String siteId, String sipPeerId, Action action) {
        this.customerOrderId = customerOrderId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.action = action;
    }

    public ExternalTnsOrderPayload withNumbers(List<String> tns) {
        telephoneNumbers.addAll(tns);
        return this;
    }

    public Action getAction() {
        return action;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
