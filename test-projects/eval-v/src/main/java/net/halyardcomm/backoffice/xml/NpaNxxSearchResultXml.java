package net.halyardcomm.backoffice.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Response of GET /accounts/{id}/availableNpaNxx, read by the capacity planner. */
@XmlRootElement(name = "SearchResultForAvailableNpaNxx")
@XmlAccessorType(XmlAccessType.FIELD)
public class NpaNxxSearchResultXml {

    @XmlElementWrapper(name = "AvailableNpaNxxList")
    @XmlElement(name = "AvailableNpaNxx")
    private List<Block> blocks = new ArrayList<Block>();

    public List<Block> getBlocks() {
        return blocks;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Block {

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

        public String getCity() { return city; }
        public int getNpa() { return npa; }
        public String getNxx() { return nxx; }
        public int getQuantity() { return quantity; }
        public String getState() { return state; }
    }
}
