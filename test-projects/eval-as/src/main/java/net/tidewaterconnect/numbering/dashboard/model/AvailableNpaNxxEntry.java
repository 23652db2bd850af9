package net.tidewaterconnect.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** One row of the availableNpaNxx search result. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class AvailableNpaNxxEntry {

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "Npa")
    private int areaCode;

    @JacksonXmlProperty(localName = "Nxx")
    private String exchange;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    @JacksonXmlProperty(localName = "State")
    private String state;

    public String getCity() {
        return city;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public String getExchange() {
        return exchange;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getState() {
        return state;
    }
}
