package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** Answer of GET availableNpaNxx. */
@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
public record NpaNxxSearchResult(
        @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
        @JacksonXmlProperty(localName = "AvailableNpaNxx") List<Exchange> exchanges) {

    public List<Exchange> exchangesOrEmpty() {
        return exchanges == null ? List.of() : exchanges;
    }

    public record Exchange(
            @JacksonXmlProperty(localName = "City") String city,
            @JacksonXmlProperty(localName = "Npa") int areaCode,
            @JacksonXmlProperty(localName = "Nxx") String exchange,
            @JacksonXmlProperty(localName = "Quantity") int quantity,
            @JacksonXmlProperty(localName = "State") String state) {
    }
}
