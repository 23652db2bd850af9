package net.tidewaterconnect.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Address")
public record E911Address(
        @JacksonXmlProperty(localName = "Id") String id,
        @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
        @JacksonXmlProperty(localName = "StreetName") String streetName,
        @JacksonXmlProperty(localName = "StreetSuffix") String streetSuffix,
        @JacksonXmlProperty(localName = "AddressLine2") String addressLine2,
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "StateCode") String stateCode,
        @JacksonXmlProperty(localName = "Zip") String zip,
        @JacksonXmlProperty(localName = "PlusFour") String plusFour,
        @JacksonXmlProperty(localName = "Country") String country) {
}
