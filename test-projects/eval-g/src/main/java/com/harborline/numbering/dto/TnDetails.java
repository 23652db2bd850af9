package com.harborline.numbering.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Subset of the Dashboard tndetails response we keep in the inventory.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TnDetails(
        @JsonProperty("FullNumber") String fullNumber,
        @JsonProperty("RateCenter") String rateCenter,
        @JsonProperty("State") String state,
        @JsonProperty("Lata") int lata,
        @JsonProperty("AreaCode") Integer areaCode,
        @JsonProperty("Tier") String tier) {
}
