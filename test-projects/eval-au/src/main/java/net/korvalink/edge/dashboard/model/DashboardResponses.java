package net.korvalink.edge.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The parts of Dashboard XML responses that our raw-HTTP clients read. */
public final class DashboardResponses {

    private DashboardResponses() {
    }

    /** {@code <SearchResult>} returned by availableNumbers. */
    @JacksonXmlRootElement(localName = "SearchResult")
    public static class SearchResult {

        @JacksonXmlProperty(localName = "ResultCount")
        public int resultCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    /** {@code <TNs>} returned by inserviceNumbers. */
    @JacksonXmlRootElement(localName = "TNs")
    public static class InServiceNumbers {

        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    /** {@code <TelephoneNumberResponse>} from GET /tns/{tn}/tndetails. */
    @JacksonXmlRootElement(localName = "TelephoneNumberResponse")
    public static class TnDetail {

        @JacksonXmlProperty(localName = "FullNumber")
        public long fullNumber;

        @JacksonXmlProperty(localName = "RateCenter")
        public String rateCenter;

        @JacksonXmlProperty(localName = "Status")
        public String status;

        @JacksonXmlProperty(localName = "SiteId")
        public int siteId;
    }

    /** {@code <SearchResultForAvailableNpaNxx>} from availableNpaNxx. */
    @JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
    public static class AvailableNpaNxxList {

        @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
        @JacksonXmlProperty(localName = "AvailableNpaNxx")
        public List<AvailableNpaNxx> exchanges = new ArrayList<>();
    }

    public static class AvailableNpaNxx {

        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "Npa")
        public int npa;

        @JacksonXmlProperty(localName = "Nxx")
        public String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;

        @JacksonXmlProperty(localName = "State")
        public String state;
    }

    /** {@code <OrderResponse>} of GET /orders/{id}; only what the NOC tooling shows. */
    @JacksonXmlRootElement(localName = "OrderResponse")
    public static class OrderResponse {

        @JacksonXmlProperty(localName = "OrderStatus")
        public String orderStatus;

        @JacksonXmlProperty(localName = "CompletedQuantity")
        public int completedQuantity;

        @JacksonXmlProperty(localName = "Order")
        public OrderDetail order;
    }

    public static class OrderDetail {

        @JacksonXmlProperty(localName = "CustomerOrderId")
        public String customerOrderId;

        @JacksonXmlProperty(localName = "SiteId")
        public String siteId;

        @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
        public AreaCodeSearch areaCodeSearch;
    }

    public static class AreaCodeSearch {

        @JacksonXmlProperty(localName = "AreaCode")
        public int areaCode;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;
    }
}
