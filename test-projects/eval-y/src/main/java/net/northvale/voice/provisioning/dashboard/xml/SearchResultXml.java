package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Answer of the available-numbers and available-NPA-NXX searches. */
@XmlRootElement(name = "SearchResult")
@XmlAccessorType(XmlAccessType.FIELD)
public class SearchResultXml {

    @XmlElement(name = "ResultCount")
    private int resultCount;

    @XmlElementWrapper(name = "TelephoneNumberList")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    @XmlElementWrapper(name = "AvailableNpaNxxList")
    @XmlElement(name = "AvailableNpaNxx")
    private List<NpaNxx> npaNxxList = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class NpaNxx {
        @XmlElement(name = "City")
        private String city;
        @XmlElement(name = "Npa")
        private int npa;
        @XmlElement(name = "Nxx")
        private String nxx;
        @XmlElement(name = "Quantity")
        private int quantity;

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
    }

    public int getResultCount() {
        return resultCount;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public List<NpaNxx> getNpaNxxList() {
        return npaNxxList;
    }
}
