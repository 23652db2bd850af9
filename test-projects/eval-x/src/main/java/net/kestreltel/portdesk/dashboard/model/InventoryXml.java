package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Response bodies of the inventory and search endpoints. */
public final class InventoryXml {

    private InventoryXml() {
    }

    @XmlRootElement(name = "TNs")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class InserviceNumbers {
        @XmlElement(name = "TotalCount")
        public int totalCount;
        @XmlElementWrapper(name = "TelephoneNumbers")
        @XmlElement(name = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    @XmlRootElement(name = "SearchResultForAvailableNpaNxx")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class NpaNxxSearch {
        @XmlElementWrapper(name = "AvailableNpaNxxList")
        @XmlElement(name = "AvailableNpaNxx")
        public List<Entry> entries = new ArrayList<>();

        @XmlAccessorType(XmlAccessType.FIELD)
        public static class Entry {
            @XmlElement(name = "City")
            public String city;
            @XmlElement(name = "Npa")
            public int npa;
            @XmlElement(name = "Nxx")
            public String nxx;
            @XmlElement(name = "Quantity")
            public int quantity;
            @XmlElement(name = "State")
            public String state;
        }
    }

    @XmlRootElement(name = "SearchResult")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class SearchResult {
        @XmlElement(name = "ResultCount")
        public int resultCount;
        @XmlElementWrapper(name = "TelephoneNumberDetailList")
        @XmlElement(name = "TelephoneNumberDetail")
        public List<TnDetails> details = new ArrayList<>();
    }

    @XmlRootElement(name = "TelephoneNumberDetails")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class TnDetails {
        @XmlElement(name = "FullNumber")
        public long fullNumber;
        @XmlElement(name = "City")
        public String city;
        @XmlElement(name = "LATA")
        public String lata;
        @XmlElement(name = "RateCenter")
        public String rateCenter;
        @XmlElement(name = "State")
        public String state;
        @XmlElement(name = "Tier")
        public int tier;
        @XmlElement(name = "VendorId")
        public long vendorId;
    }
}
