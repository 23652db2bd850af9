package net.lumivox.numbering.inventory;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * One entry of the Dashboard's availableNpaNxx answer, as we unmarshal it.
 */
@XmlRootElement(name = "AvailableNpaNxx")
@XmlAccessorType(XmlAccessType.FIELD)
public class NpaNxxCoverage {

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

    public boolean isTollFree() {
        return npa >= 800 && npa < 900;
    }
}
