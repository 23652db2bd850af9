package com.harborline.porting.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record TnDetails(
        @JacksonXmlProperty(localName = "FullNumber") String fullNumber,
        @JacksonXmlProperty(localName = "RateCenter") String rateCenter,
        @JacksonXmlProperty(localName = "State") String state,
        @JacksonXmlProperty(localName = "Lata") int lata,
        @JacksonXmlProperty(localName = "AreaCode") int areaCode,
        @JacksonXmlProperty(localName = "Status") String status) {
}
