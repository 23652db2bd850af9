package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** Answer of GET availableNumbers. */
@JacksonXmlRootElement(localName = "SearchResult")
public record SearchResult(
        @JacksonXmlProperty(localName = "ResultCount") int resultCount,
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public List<String> numbers() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }
}
