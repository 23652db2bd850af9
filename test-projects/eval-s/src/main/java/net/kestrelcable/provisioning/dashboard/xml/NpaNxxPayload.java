package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Response of {@code GET /accounts/{accountId}/availableNpaNxx}.
 */
@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
@JsonIgnoreProperties(ignoreUnknown = true)
public record NpaNxxPayload(
        @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
        @JacksonXmlProperty(localName = "AvailableNpaNxx") List<Entry> entries) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            @JacksonXmlProperty(localName = "City") String city,
            @JacksonXmlProperty(localName = "Npa") int npa,
            @JacksonXmlProperty(localName = "Nxx") String nxx,
            @JacksonXmlProperty(localName = "Quantity") int quantity,
            @JacksonXmlProperty(localName = "State") String state) {
    }
}
