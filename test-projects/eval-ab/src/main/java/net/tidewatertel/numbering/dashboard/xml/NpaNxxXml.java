package net.tidewatertel.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
@JsonIgnoreProperties(ignoreUnknown = true)
public class NpaNxxXml {

    @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
    @JacksonXmlProperty(localName = "AvailableNpaNxx")
    public List<Entry> entries = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Entry {
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
