package net.korvalink.edge.dashboard.model;

import java.util.List;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "ExternalTnsOrder")
public class ExternalTnsOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    private String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    private String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    private String sipPeerId;

    @JacksonXmlProperty(localName = "Action")
    private String action;

    @JacksonXmlProperty(localName = "LoaType")
    private String loaType = "CARRIER";

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers;

    public static ExternalTnsOrderXml of(String customerOrderId, String siteId, String sipPeerId, String action,
            List<String> telephoneNumbers) {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.sipPeerId = sipPeerId;
        order.action = action;
        order.telephoneNumbers = telephoneNumbers;
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

    public String getAction() {
        return action;
    }

    public String getLoaType() {
        return loaType;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
