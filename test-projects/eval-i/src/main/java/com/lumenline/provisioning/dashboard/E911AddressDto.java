package com.lumenline.provisioning.dashboard;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * E911 address as the Dashboard returns it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Address")
public record E911AddressDto(
        @JacksonXmlProperty(localName = "Id") String id,
        @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
        @JacksonXmlProperty(localName = "StreetName") String streetName,
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "StateCode") String stateCode,
        @JacksonXmlProperty(localName = "Zip") String zip,
        @JacksonXmlProperty(localName = "Country") String country) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "AddressListResponse")
    public static class AddressList {

        @JacksonXmlProperty(localName = "TotalCount")
        private Integer totalCount;

        @JacksonXmlElementWrapper(localName = "Addresses")
        @JacksonXmlProperty(localName = "Address")
        private List<E911AddressDto> addresses;

        public Integer totalCount() {
            return totalCount;
        }

        public List<E911AddressDto> addresses() {
            return addresses;
        }
    }
}
