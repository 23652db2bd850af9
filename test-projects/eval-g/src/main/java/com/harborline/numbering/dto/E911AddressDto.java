package com.harborline.numbering.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * E911 address as stored on the Dashboard account.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
@JsonIgnoreProperties(ignoreUnknown = true)
public class E911AddressDto {

    @JsonProperty("Id")
    private String id;

    @JsonProperty("HouseNumber")
    private String houseNumber;

    @JsonProperty("StreetName")
    private String streetName;

    @JsonProperty("City")
    private String city;

    @JsonProperty("StateCode")
    private String stateCode;

    @JsonProperty("Zip")
    private String zip;

    @JsonProperty("AddressType")
    private String addressType;
}
