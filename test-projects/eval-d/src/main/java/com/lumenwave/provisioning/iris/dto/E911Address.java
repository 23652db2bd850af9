package com.lumenwave.provisioning.iris.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An E911 address as stored on the Dashboard account. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record E911Address(
        @JsonProperty("Id") String id,
        @JsonProperty("HouseNumber") String houseNumber,
        @JsonProperty("StreetName") String streetName,
        @JsonProperty("City") String city,
        @JsonProperty("StateCode") String stateCode,
        @JsonProperty("Zip") String zip,
        @JsonProperty("AddressType") String addressType) {
}
