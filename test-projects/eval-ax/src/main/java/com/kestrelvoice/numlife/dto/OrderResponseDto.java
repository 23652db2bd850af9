package com.kestrelvoice.numlife.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;

/**
 * {@code GET /orders/{orderId}} as returned by the Dashboard.
 */
@Data
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "OrderResponse")
public class OrderResponseDto {

    @JacksonXmlProperty(localName = "CompletedQuantity")
    private int completedQuantity;

    @JacksonXmlProperty(localName = "FailedQuantity")
    private int failedQuantity;

    @JacksonXmlProperty(localName = "OrderStatus")
    private String orderStatus;

    @JacksonXmlProperty(localName = "OrderCompleteDate")
    private String orderCompleteDate;

    @JacksonXmlProperty(localName = "Order")
    private OrderDetail order;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<CompletedNumber> completedNumbers = new ArrayList<>();

    @Data
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class OrderDetail {
        @JacksonXmlProperty(localName = "id")
        private String id;
        @JacksonXmlProperty(localName = "CustomerOrderId")
        private String customerOrderId;
        @JacksonXmlProperty(localName = "SiteId")
        private String siteId;
        @JacksonXmlProperty(localName = "PeerId")
        private String peerId;
        @JacksonXmlProperty(localName = "OrderCreateDate")
        private String orderCreateDate;
    }

    @Data
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CompletedNumber {
        @JacksonXmlProperty(localName = "FullNumber")
        private String fullNumber;
        @JacksonXmlProperty(localName = "RateCenter")
        private String rateCenter;
        @JacksonXmlProperty(localName = "State")
        private String state;
    }
}
