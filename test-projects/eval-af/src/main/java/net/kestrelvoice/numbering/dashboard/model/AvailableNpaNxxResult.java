package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <SearchResultForAvailableNpaNxx>}. */
@XmlRootElement(name = "SearchResultForAvailableNpaNxx")
public class AvailableNpaNxxResult {

    @XmlElementWrapper(name = "AvailableNpaNxxList")
    @XmlElement(name = "AvailableNpaNxx")
    private List<Block> blocks = new ArrayList<>();

    public List<Block> getBlocks() {
        return blocks;
    }

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
