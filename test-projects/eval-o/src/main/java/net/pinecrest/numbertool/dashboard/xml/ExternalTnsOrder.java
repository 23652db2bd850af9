package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Hosted messaging on numbers we do not own on the Dashboard (off-net TNs from the ILEC side). */
@JacksonXmlRootElement(localName = "ExternalTnsOrder")
public record ExternalTnsOrder(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "SiteId") String siteId,
        @JacksonXmlProperty(localName = "SipPeerId") String sipPeerId,
        @JacksonXmlProperty(localName = "Action") String action,
        @JacksonXmlProperty(localName = "LoaType") String loaType,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public static ExternalTnsOrder importing(String customerOrderId, String siteId, String sipPeerId,
                                             List<String> tns) {
        return new ExternalTnsOrder(customerOrderId, siteId, sipPeerId, "IMPORT", "CARRIER", List.copyOf(tns));
    }

    public static ExternalTnsOrder removing(String customerOrderId, String siteId, String sipPeerId,
                                            List<String> tns) {
        return new ExternalTnsOrder(customerOrderId, siteId, sipPeerId, "REMOVE", "CARRIER", List.copyOf(tns));
    }
}
