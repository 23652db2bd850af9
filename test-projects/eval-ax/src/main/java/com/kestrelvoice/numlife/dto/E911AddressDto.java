package com.kestrelvoice.numlife.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Address")
public class E911AddressDto {

    @JacksonXmlProperty(localName = "AddressId")
    private String addressId;

    @JacksonXmlProperty(localName = "HouseNumber")
    private String houseNumber;

    @JacksonXmlProperty(localName = "StreetName")
    private String streetName;

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "StateCode")
    private String stateCode;

    @JacksonXmlProperty(localName = "Zip")
    private String zip;

    @JacksonXmlProperty(localName = "CallbackNumber")
    private String callbackNumber;

    @JacksonXmlProperty(localName = "CallerName")
    private String callerName;
}
