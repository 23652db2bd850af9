package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Response of {@code GET /accounts/{accountId}/availableNumbers}.
 */
@JacksonXmlRootElement(localName = "SearchResult")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResultPayload(
        @JacksonXmlProperty(localName = "ResultCount") Integer resultCount,
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public List<String> numbers() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }
}
