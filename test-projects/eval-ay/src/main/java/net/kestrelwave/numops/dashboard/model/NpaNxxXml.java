package net.kestrelwave.numops.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** One exchange of GET availableNpaNxx. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class NpaNxxXml {

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "Npa")
    private int npa;

    @JacksonXmlProperty(localName = "Nxx")
    private int nxx;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    @JacksonXmlProperty(localName = "State")
    private String state;

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public int getNpa() {
        return npa;
    }

    public void setNpa(int npa) {
        this.npa = npa;
    }

    public int getNxx() {
        return nxx;
    }

    public void setNxx(int nxx) {
        this.nxx = nxx;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
    public static class ListXml {

        @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
        @JacksonXmlProperty(localName = "AvailableNpaNxx")
        private List<NpaNxxXml> blocks = new ArrayList<>();

        public List<NpaNxxXml> getBlocks() {
            return blocks;
        }

        public void setBlocks(List<NpaNxxXml> blocks) {
            this.blocks = blocks;
        }
    }
}
