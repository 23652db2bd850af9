package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Our own {@code <ImportTnOrder>} payload (hosted messaging). Not the Iris SDK class of the same
 * name: this one is sent by HostedMessagingApi over plain HTTP.
 */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonIgnoreProperties(ignoreUnknown = true)
public class ImportTnOrder {

    @JacksonXmlProperty(localName = "OrderId")
    public String orderId;

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    public int siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    public int sipPeerId;

    @JacksonXmlProperty(localName = "LoaAuthorizingPerson")
    public String loaAuthorizingPerson;

    @JacksonXmlProperty(localName = "LoaType")
    public String loaType;

    @JacksonXmlProperty(localName = "ProcessingStatus")
    public String processingStatus;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    public static ImportTnOrder of(String customerOrderId, int siteId, int sipPeerId, String loaPerson, List<String> tns) {
        ImportTnOrder order = new ImportTnOrder();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.sipPeerId = sipPeerId;
        order.loaAuthorizingPerson = loaPerson;
        order.loaType = "CARRIER";
        order.telephoneNumbers = new ArrayList<>(tns);
        return order;
    }
}
