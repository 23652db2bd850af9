package net.corvalink.numbering.iris.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * E911 address as the Dashboard expects it in the address create call.
 */
@JacksonXmlRootElement(localName = "Address")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record E911AddressRequest(
        @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
        @JacksonXmlProperty(localName = "StreetName") String streetName,
        @JacksonXmlProperty(localName = "StreetSuffix") String streetSuffix,
        @JacksonXmlProperty(localName = "AddressLine2") String addressLine2,
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "StateCode") String stateCode,
        @JacksonXmlProperty(localName = "Zip") String zip,
        @JacksonXmlProperty(localName = "Country") String country,
        @JacksonXmlProperty(localName = "AddressType") String addressType) {
}
