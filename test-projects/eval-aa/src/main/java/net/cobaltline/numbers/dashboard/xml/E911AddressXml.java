package net.cobaltline.numbers.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "Address")
@JsonIgnoreProperties(ignoreUnknown = true)
public class E911AddressXml {

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
    @JacksonXmlProperty(localName = "PlusFour")
    public String plusFour;
    @JacksonXmlProperty(localName = "Country")
    public String country = "US";
    @JacksonXmlProperty(localName = "AddressType")
    public String addressType = "Service";

    public String oneLine() {
        return houseNumber + " " + streetName + ", " + city + ", " + stateCode + " " + zip;
    }
}
