package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** An E911 service address as stored on the Dashboard account. */
@JacksonXmlRootElement(localName = "Address")
public class E911AddressXml {

    @JacksonXmlProperty(localName = "AddressId")
    public String addressId;

    @JacksonXmlProperty(localName = "HouseNumber")
    public String houseNumber;

    @JacksonXmlProperty(localName = "StreetName")
    public String streetName;

    @JacksonXmlProperty(localName = "AddressLine2")
    public String addressLine2;

    @JacksonXmlProperty(localName = "City")
    public String city;

    @JacksonXmlProperty(localName = "StateCode")
    public String stateCode;

    @JacksonXmlProperty(localName = "Zip")
    public String zip;

    @JacksonXmlProperty(localName = "Country")
    public String country = "US";

    /** GET .../addresses answers with a list wrapper. */
    @JacksonXmlRootElement(localName = "AddressesResponse")
    public static class ListResponse {
        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;

        @JacksonXmlElementWrapper(localName = "Addresses")
        @JacksonXmlProperty(localName = "Address")
        public List<E911AddressXml> addresses = new ArrayList<>();
    }
}
