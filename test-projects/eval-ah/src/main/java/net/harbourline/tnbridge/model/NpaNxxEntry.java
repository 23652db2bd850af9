package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** One {@code <AvailableNpaNxx>} of an availableNpaNxx search response. */
@XmlAccessorType(XmlAccessType.FIELD)
public class NpaNxxEntry {

    @XmlElement(name = "City")
    private String city;

    @XmlElement(name = "Npa")
    private Integer npa;

    @XmlElement(name = "Nxx")
    private String nxx;

    @XmlElement(name = "Quantity")
    private int quantity;

    @XmlElement(name = "State")
    private String state;

    public String getCity() {
        return city;
    }

    public Integer getNpa() {
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
