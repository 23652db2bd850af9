package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Hosted messaging import order, {@code <ImportTnOrder>}. */
@JacksonXmlRootElement(localName = "ImportTnOrder")
public class ImportTnOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    public String sipPeerId;

    @JacksonXmlProperty(localName = "LoaAuthorizingPerson")
    public String loaAuthorizingPerson;

    @JacksonXmlProperty(localName = "LoaType")
    public String loaType = "CARRIER";

    @JacksonXmlProperty(localName = "Subscriber")
    public Subscriber subscriber;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    public static class Subscriber {
        @JacksonXmlProperty(localName = "Name")
        public String name;

        @JacksonXmlProperty(localName = "ServiceAddress")
        public ServiceAddress serviceAddress;
    }

    public static class ServiceAddress {
        @JacksonXmlProperty(localName = "HouseNumber")
        public String houseNumber;

        @JacksonXmlProperty(localName = "StreetName")
        public String streetName;

        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "StateCode")
        public String stateCode;

        @JacksonXmlProperty(localName = "Zip")
        public String zip;
    }
}
