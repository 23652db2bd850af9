package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * A validated E911 address held by the Dashboard.
 */
@JacksonXmlRootElement(localName = "Address")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record E911AddressPayload(
        @JacksonXmlProperty(localName = "AddressId") String addressId,
        @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
        @JacksonXmlProperty(localName = "StreetName") String streetName,
        @JacksonXmlProperty(localName = "StreetSuffix") String streetSuffix,
        @JacksonXmlProperty(localName = "AddressLine2") String addressLine2,
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "StateCode") String stateCode,
        @JacksonXmlProperty(localName = "Zip") String zip,
        @JacksonXmlProperty(localName = "Country") String country,
        @JacksonXmlProperty(localName = "AddressType") String addressType) {

    public String oneLine() {
        return String.join(" ", houseNumber, streetName, streetSuffix == null ? "" : streetSuffix).trim()
                + (addressLine2 == null ? "" : ", " + addressLine2)
                + ", " + city + ", " + stateCode + " " + zip;
    }

    @JacksonXmlRootElement(localName = "AddressListResponse")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(
            @JacksonXmlProperty(localName = "TotalCount") int totalCount,
            @JacksonXmlElementWrapper(localName = "Addresses")
            @JacksonXmlProperty(localName = "Address") List<E911AddressPayload> addresses) {

        public List<E911AddressPayload> items() {
            return addresses == null ? List.of() : addresses;
        }
    }
}
