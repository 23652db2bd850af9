package net.harbourline.numberdesk.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** One {@code AvailableNpaNxx} entry of the Dashboard's availableNpaNxx search result. */
@XmlRootElement(name = "AvailableNpaNxx")
@XmlAccessorType(XmlAccessType.FIELD)
public class NpaNxxBlock {

    @XmlElement(name = "City")
    private String city;

    @XmlElement(name = "Npa")
    private int npa;

    @XmlElement(name = "Nxx")
    private String nxx;

    @XmlElement(name = "Quantity")
    private int quantity;

    @XmlElement(name = "State")
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
