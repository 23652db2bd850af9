package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Body of {@code GET inserviceNumbers}. */
@JacksonXmlRootElement(localName = "TNs")
public record InserviceNumbersXml(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlProperty(localName = "Links") Links links,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public record Links(
            @JacksonXmlProperty(localName = "first") String first,
            @JacksonXmlProperty(localName = "next") String next) {
    }

    public List<String> numbersOrEmpty() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }

    public boolean hasNext() {
        return links != null && links.next() != null && !links.next().isBlank();
    }
}
