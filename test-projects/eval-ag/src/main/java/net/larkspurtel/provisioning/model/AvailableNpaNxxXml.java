package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Answer of GET /availableNpaNxx. */
@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
public class AvailableNpaNxxXml {

    @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
    @JacksonXmlProperty(localName = "AvailableNpaNxx")
    public List<Row> rows = new ArrayList<>();

    public static class Row {
        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "Npa")
        public String npa;

        @JacksonXmlProperty(localName = "Nxx")
        public String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;

        @JacksonXmlProperty(localName = "State")
        public String state;

        public int npaAsInt() {
            return Integer.parseInt(npa);
        }
    }
}
