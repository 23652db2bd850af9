package com.kestrelvoice.numlife.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import lombok.Data;

/**
 * One row of the availableNpaNxx search result.
 */
@Data
@JsonIgnoreProperties(ignoreUnknown = true)
public class AvailableNpaNxxDto {

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "Npa")
    private int areaCode;

    @JacksonXmlProperty(localName = "Nxx")
    private String nxx;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    @JacksonXmlProperty(localName = "State")
    private String state;
}
