package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Builder;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

@Value
@Builder
@Jacksonized
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Address")
public class E911AddressDto {

    @JacksonXmlProperty(localName = "Id")
    String id;

    @JacksonXmlProperty(localName = "HouseNumber")
    String houseNumber;

    @JacksonXmlProperty(localName = "StreetName")
    String streetName;

    @JacksonXmlProperty(localName = "City")
    String city;

    @JacksonXmlProperty(localName = "StateCode")
    String stateCode;

    @JacksonXmlProperty(localName = "Zip")
    String zip;

    @JacksonXmlProperty(localName = "Country")
    String country;

    @JacksonXmlProperty(localName = "AddressType")
    String addressType;
}
