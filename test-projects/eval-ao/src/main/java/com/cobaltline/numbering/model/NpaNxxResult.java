package com.cobaltline.numbering.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** Response of GET /accounts/{id}/availableNpaNxx. */
@XmlRootElement(name = "SearchResultForAvailableNpaNxx")
@XmlAccessorType(XmlAccessType.FIELD)
public class NpaNxxResult {

    @XmlElementWrapper(name = "AvailableNpaNxxList")
    @XmlElement(name = "AvailableNpaNxx")
    private List<Block> blocks = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Block {

        @XmlElement(name = "City")
        private String city;

        @XmlElement(name = "Npa")
        private int npa;

        @XmlElement(name = "Nxx")
        private int nxx;

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

        public int getNxx() {
            return nxx;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getState() {
            return state;
        }
    }

    public List<Block> getBlocks() {
        return blocks;
    }
}
