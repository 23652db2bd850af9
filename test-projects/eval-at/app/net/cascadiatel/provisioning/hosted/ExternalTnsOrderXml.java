package net.cascadiatel.provisioning.hosted;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

@JacksonXmlRootElement(localName = "ExternalTnsOrder")
public class ExternalTnsOrderXml {

    public enum Action { IMPORT, REMOVE }

    @JacksonXmlProperty(localName = "CustomerOrderId")
    private String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    private String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    private String sipPeerId;

    @JacksonXmlProperty(localName = "Action")
    private Action action = Action.IMPORT;

    @JacksonXmlProperty(localName = "LoaType")
    private String loaType = "CARRIER";

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public ExternalTnsOrderXml setCustomerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
        return this;
    }

    public String getSiteId() {
        return siteId;
    }

    public ExternalTnsOrderXml setSiteId(String siteId) {
        this.siteId = siteId;
        return this;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public ExternalTnsOrderXml setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
        return this;
    }

    public Action getAction() {
        return action;
    }

    public ExternalTnsOrderXml setAction(Action action) {
        this.action = action;
        return this;
    }

    public String getLoaType() {
        return loaType;
    }

    public ExternalTnsOrderXml setLoaType(String loaType) {
        this.loaType = loaType;
        return this;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public ExternalTnsOrderXml setTelephoneNumbers(List<String> telephoneNumbers) {
        this.telephoneNumbers = telephoneNumbers;
        return this;
    }
}
