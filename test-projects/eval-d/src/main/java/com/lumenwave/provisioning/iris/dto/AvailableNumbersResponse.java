package com.lumenwave.provisioning.iris.dto;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** {@code GET /accounts/{id}/availableNumbers} response body. */
@JacksonXmlRootElement(localName = "SearchResult")
public record AvailableNumbersResponse(
        @JacksonXmlProperty(localName = "ResultCount") int resultCount,
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public List<String> telephoneNumbersOrEmpty() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }
}
