package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** One page of GET inserviceNumbers. */
@JacksonXmlRootElement(localName = "TNs")
public record InserviceNumbersPage(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlProperty(localName = "Links") Links links,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public List<String> numbers() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }

    public boolean hasNext() {
        return links != null && links.next() != null && !links.next().isBlank();
    }

    public record Links(
            @JacksonXmlProperty(localName = "first") String first,
            @JacksonXmlProperty(localName = "next") String next) {
    }
}
