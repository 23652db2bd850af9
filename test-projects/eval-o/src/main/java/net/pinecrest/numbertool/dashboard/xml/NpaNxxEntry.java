package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** One row of {@code GET availableNpaNxx}. */
public record NpaNxxEntry(
        @JacksonXmlProperty(localName = "City") String city,
        @JacksonXmlProperty(localName = "Npa") int npa,
        @JacksonXmlProperty(localName = "Nxx") String nxx,
        @JacksonXmlProperty(localName = "Quantity") int quantity,
        @JacksonXmlProperty(localName = "State") String state) {

    @JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
    public record Result(
            @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
            @JacksonXmlProperty(localName = "AvailableNpaNxx") List<NpaNxxEntry> entries) {
    }

    public boolean isTollFree() {
        return npa == 800 || npa == 833 || npa == 844 || npa == 855 || npa == 866 || npa == 877 || npa == 888;
    }
}
