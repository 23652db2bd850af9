package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** A Dashboard E911 service address. */
@JacksonXmlRootElement(localName = "Address")
public record E911Address(
        @JacksonXmlProperty(localName = "Id") String id,
        @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
        @JacksonXmlProperty(localName = "StreetName") String streetName,
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "StateCode") String stateCode,
        @JacksonXmlProperty(localName = "Zip") String zip,
        @JacksonXmlProperty(localName = "AddressType") String addressType) {

    public E911Address withId(String newId) {
        return new E911Address(newId, houseNumber, streetName, city, stateCode, zip, addressType);
    }

    /** One page of the address list. */
    @JacksonXmlRootElement(localName = "AddressesResponse")
    public record Page(
            @JacksonXmlProperty(localName = "TotalCount") int totalCount,
            @JacksonXmlElementWrapper(localName = "Addresses")
            @JacksonXmlProperty(localName = "Address") List<E911Address> addresses) {

        public List<E911Address> addressesOrEmpty() {
            return addresses == null ? List.of() : addresses;
        }
    }
}
