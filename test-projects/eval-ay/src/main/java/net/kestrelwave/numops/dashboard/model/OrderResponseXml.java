package net.kestrelwave.numops.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Response of POST/GET orders. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "OrderResponse")
public class OrderResponseXml {

    @JacksonXmlProperty(localName = "OrderStatus")
    private String orderStatus;

    @JacksonXmlProperty(localName = "CompletedQuantity")
    private int completedQuantity;

    @JacksonXmlProperty(localName = "Order")
    private OrderXml order;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<CompletedNumber> completedNumbers = new ArrayList<>();

    public List<String> completedTns() {
        return completedNumbers.stream().map(CompletedNumber::getFullNumber).toList();
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public void setOrderStatus(String orderStatus) {
        this.orderStatus = orderStatus;
    }

    public int getCompletedQuantity() {
        return completedQuantity;
    }

    public void setCompletedQuantity(int completedQuantity) {
        this.completedQuantity = completedQuantity;
    }

    public OrderXml getOrder() {
        return order;
    }

    public void setOrder(OrderXml order) {
        this.order = order;
    }

    public List<CompletedNumber> getCompletedNumbers() {
        return completedNumbers;
    }

    public void setCompletedNumbers(List<CompletedNumber> completedNumbers) {
        this.completedNumbers = completedNumbers;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class OrderXml {
        @JacksonXmlProperty(localName = "id")
        public String id;

        @JacksonXmlProperty(localName = "CustomerOrderId")
        public String customerOrderId;

        @JacksonXmlProperty(localName = "SiteId")
        public String siteId;

        @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
        public AreaCodeSearch areaCodeSearch;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class AreaCodeSearch {
        @JacksonXmlProperty(localName = "AreaCode")
        public int areaCode;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CompletedNumber {
        @JacksonXmlProperty(localName = "FullNumber")
        private String fullNumber;

        public String getFullNumber() {
            return fullNumber;
        }

        public void setFullNumber(String fullNumber) {
            this.fullNumber = fullNumber;
        }
    }
}
