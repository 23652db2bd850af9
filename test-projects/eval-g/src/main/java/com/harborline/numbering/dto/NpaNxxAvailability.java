package com.harborline.numbering.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One AvailableNpaNxx element of the Dashboard availableNpaNxx response.
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
@JsonIgnoreProperties(ignoreUnknown = true)
public class NpaNxxAvailability {

    @JsonProperty("City")
    private String city;

    @JsonProperty("Npa")
    private int areaCode;

    @JsonProperty("Nxx")
    private String exchange;

    @JsonProperty("Quantity")
    private int quantity;

    @JsonProperty("State")
    private String state;
}
