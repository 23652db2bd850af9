package com.lumenline.provisioning.poller;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The parts of the Dashboard {@code <OrderResponse>} the poller cares about.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "OrderResponse")
public class OrderResponseDto {

    @JacksonXmlProperty(localName = "OrderStatus")
    private String orderStatus;

    @JacksonXmlProperty(localName = "CompletedQuantity")
    private int completedQuantity;

    @JacksonXmlProperty(localName = "Order")
    private OrderPart order;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<CompletedNumber> completedNumbers;

    public String getOrderStatus() {
        return orderStatus;
    }

    public int getCompletedQuantity() {
        return completedQuantity;
    }

    public OrderPart getOrder() {
        return order;
    }

    public List<CompletedNumber> getCompletedNumbers() {
        return completedNumbers == null ? List.of() : completedNumbers;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class OrderPart {
        @JacksonXmlProperty(localName = "CustomerOrderId")
        private String customerOrderId;

        @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
        private AreaCodeSearch areaCodeSearch;

        public String getCustomerOrderId() {
            return customerOrderId;
        }

        public AreaCodeSearch getAreaCodeSearch() {
            return areaCodeSearch;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class AreaCodeSearch {
        @JacksonXmlProperty(localName = "AreaCode")
        private int areaCode;

        @JacksonXmlProperty(localName = "Quantity")
        private int quantity;

        public int getAreaCode() {
            return areaCode;
        }

        public int getQuantity() {
            return quantity;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CompletedNumber {
        @JacksonXmlProperty(localName = "FullNumber")
        private String fullNumber;

        public String getFullNumber() {
            return fullNumber;
        }
    }
}
