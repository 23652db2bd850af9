package com.lumenwave.provisioning.iris.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** {@code GET /accounts/{id}/inserviceNumbers} response body. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "TNs")
public record InserviceNumbersResponse(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<Long> telephoneNumbers) {
}
