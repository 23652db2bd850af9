package net.lakeshoretel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /accounts/{id}/availableNpaNxx}. */
@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
public class AvailableNpaNxxResponse {

    @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
    @JacksonXmlProperty(localName = "AvailableNpaNxx")
    private List<Entry> entries = new ArrayList<>();

    public List<Entry> getEntries() {
        return entries;
    }

    public static class Entry {

        @JacksonXmlProperty(localName = "City")
        private String city;

        /** Area code of the block. */
        @JacksonXmlProperty(localName = "Npa")
        private int npa;

        @JacksonXmlProperty(localName = "Nxx")
        private String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        private int quantity;

        @JacksonXmlProperty(localName = "State")
        private String state;

        public String getCity() {
            return city;
        }

        public int getNpa() {
            return npa;
        }

        public String getNxx() {
            return nxx;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getState() {
            return state;
        }
    }
}
