package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Body of {@code GET availableNumbers}. */
@JacksonXmlRootElement(localName = "SearchResult")
public record SearchResultXml(
        @JacksonXmlProperty(localName = "ResultCount") int resultCount,
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public List<String> numbersOrEmpty() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }
}
