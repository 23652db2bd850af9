package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Response of {@code GET /accounts/{accountId}/inserviceNumbers}.
 */
@JacksonXmlRootElement(localName = "TNs")
@JsonIgnoreProperties(ignoreUnknown = true)
public record InserviceNumbersPayload(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlProperty(localName = "TelephoneNumbers") Numbers numbers) {

    public record Numbers(
            @JacksonXmlProperty(localName = "Count") int count,
            @JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(localName = "TelephoneNumber") List<Long> telephoneNumbers) {
    }

    public List<Long> all() {
        return numbers == null || numbers.telephoneNumbers() == null ? List.of() : numbers.telephoneNumbers();
    }
}
