package com.harborline.porting.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "TNs")
public record InserviceNumbersResponse(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "Count") List<String> telephoneNumbers) {

    public List<String> numbers() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }
}
