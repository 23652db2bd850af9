package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Validated E911 service address as stored on the Dashboard account.
 */
@JacksonXmlRootElement(localName = "Address")
@JsonIgnoreProperties(ignoreUnknown = true)
public class E911Address {

    @JacksonXmlProperty(localName = "Id")
    public String id;

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

    @JacksonXmlProperty(localName = "AddressType")
    public String addressType = "Service";

    @JacksonXmlRootElement(localName = "AddressesResponse")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Page {

        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;

        @JacksonXmlElementWrapper(localName = "Addresses")
        @JacksonXmlProperty(localName = "Address")
        public List<E911Address> addresses = new ArrayList<>();
    }
}
