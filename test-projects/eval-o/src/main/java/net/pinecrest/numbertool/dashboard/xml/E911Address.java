package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** An E911 service address as returned by the Dashboard. */
public record E911Address(
        @JacksonXmlProperty(localName = "AddressId") String addressId,
        @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
        @JacksonXmlProperty(localName = "StreetName") String streetName,
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "StateCode") String stateCode,
        @JacksonXmlProperty(localName = "Zip") String zip,
        @JacksonXmlProperty(localName = "PlusFour") String plusFour,
        @JacksonXmlProperty(localName = "AddressType") String addressType) {

    public String oneLine() {
        String zip5 = zip != null && zip.length() > 5 ? zip.substring(0, 5) : zip;
        return "%s %s, %s, %s %s".formatted(houseNumber, streetName, city, stateCode, zip5);
    }

    @JacksonXmlRootElement(localName = "AddressesResponse")
    public record Page(
            @JacksonXmlProperty(localName = "TotalCount") int totalCount,
            @JacksonXmlElementWrapper(localName = "Addresses")
            @JacksonXmlProperty(localName = "Address") List<E911Address> addresses) {
    }
}
