package net.cobaltline.numbers.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Our own payload class for hosted-messaging imports, used with the raw HTTP client.
 * (Not the SDK's model class of the same name: that one only works through IrisClient.)
 */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonIgnoreProperties(ignoreUnknown = true)
public class ImportTnOrder {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;
    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;
    @JacksonXmlProperty(localName = "SipPeerId")
    public String sipPeerId;
    @JacksonXmlProperty(localName = "Subscriber")
    public Subscriber subscriber;
    @JacksonXmlProperty(localName = "LoaAuthorizingPerson")
    public String loaAuthorizingPerson;
    @JacksonXmlProperty(localName = "LoaType")
    public String loaType;
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Subscriber {
        @JacksonXmlProperty(localName = "Name")
        public String name;
        @JacksonXmlProperty(localName = "ServiceAddress")
        public E911AddressXml serviceAddress;
    }

    public static ImportTnOrder of(String customerOrderId, String siteId, String sipPeerId, List<String> tns) {
        ImportTnOrder o = new ImportTnOrder();
        o.customerOrderId = customerOrderId;
        o.siteId = siteId;
        o.sipPeerId = sipPeerId;
        o.telephoneNumbers = new ArrayList<>(tns);
        o.loaType = "CARRIER";
        return o;
    }

    public ImportTnOrder subscriber(String name, E911AddressXml address) {
        Subscriber s = new Subscriber();
        s.name = name;
        s.serviceAddress = address;
        this.subscriber = s;
        return this;
    }
}
