package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Hosted messaging import: numbers whose voice stays elsewhere but whose SMS comes to us. */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ImportTnOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "OrderId")
    public String orderId;

    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    public String sipPeerId;

    @JacksonXmlProperty(localName = "LoaAuthorizingPerson")
    public String loaAuthorizingPerson;

    @JacksonXmlProperty(localName = "LoaType")
    public String loaType = "CARRIER";

    @JacksonXmlProperty(localName = "ProcessingStatus")
    public String processingStatus;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    public static ImportTnOrderXml of(String customerOrderId, String siteId, String sipPeerId, List<String> tns) {
        ImportTnOrderXml order = new ImportTnOrderXml();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.sipPeerId = sipPeerId;
        order.loaAuthorizingPerson = "Harborline Carrier Services";
        order.telephoneNumbers.addAll(tns);
        return order;
    }
}
