package com.northwind.numbers.inventory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * One row of the Dashboard's availableNpaNxx answer, as the capacity dashboard uses it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class AreaCodeStats {

    @JacksonXmlProperty(localName = "Npa")
    private int areaCode;

    @JacksonXmlProperty(localName = "Nxx")
    private String exchange;

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    public int getAreaCode() { return areaCode; }
    public void setAreaCode(int areaCode) { this.areaCode = areaCode; }
    public String getExchange() { return exchange; }
    public void setExchange(String exchange) { this.exchange = exchange; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
}
