package net.corvalink.numbering.iris.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * One AvailableNpaNxx entry of the availableNpaNxx search answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class NpaNxxBlock {

    @JacksonXmlProperty(localName = "Npa")
    private int areaCode;

    @JacksonXmlProperty(localName = "Nxx")
    private String exchange;

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "State")
    private String state;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    public int getAreaCode() {
        return areaCode;
    }

    public String getExchange() {
        return exchange;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public int getQuantity() {
        return quantity;
    }
}
