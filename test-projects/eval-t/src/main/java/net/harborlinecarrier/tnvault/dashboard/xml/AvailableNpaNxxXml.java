package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** GET /accounts/{id}/availableNpaNxx answer. */
@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
@JsonIgnoreProperties(ignoreUnknown = true)
public class AvailableNpaNxxXml {

    @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
    @JacksonXmlProperty(localName = "AvailableNpaNxx")
    public List<Row> rows = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Row {
        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "Npa")
        public int npa;

        @JacksonXmlProperty(localName = "Nxx")
        public String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;

        @JacksonXmlProperty(localName = "State")
        public String state;
    }
}
