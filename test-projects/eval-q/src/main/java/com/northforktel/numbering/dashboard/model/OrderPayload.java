package com.northforktel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <Order>} body for new number orders, and the matching {@code <OrderResponse>}. */
@JacksonXmlRootElement(localName = "Order")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OrderPayload {

    @JacksonXmlProperty(localName = "id")
    public String id;

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;

    @JacksonXmlProperty(localName = "PeerId")
    public String peerId;

    @JacksonXmlProperty(localName = "PartialAllowed")
    public Boolean partialAllowed;

    @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
    public ExistingNumbers existingNumbers;

    public static OrderPayload existing(String customerOrderId, String siteId, String peerId, List<String> tns) {
        OrderPayload order = new OrderPayload();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.peerId = peerId;
        order.partialAllowed = Boolean.FALSE;
        order.existingNumbers = new ExistingNumbers();
        order.existingNumbers.telephoneNumbers.addAll(tns);
        return order;
    }

    public static class ExistingNumbers {

        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    @JacksonXmlRootElement(localName = "OrderResponse")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Response {

        @JacksonXmlProperty(localName = "Order")
        public OrderPayload order;

        @JacksonXmlProperty(localName = "OrderStatus")
        public String orderStatus;

        @JacksonXmlElementWrapper(localName = "CompletedNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<CompletedNumber> completedNumbers = new ArrayList<>();

        @JacksonXmlElementWrapper(localName = "FailedNumbers")
        @JacksonXmlProperty(localName = "FullNumber")
        public List<String> failedNumbers = new ArrayList<>();

        public String orderId() {
            return order == null ? null : order.id;
        }

        public List<String> completed() {
            List<String> out = new ArrayList<>();
            for (CompletedNumber n : completedNumbers) {
                out.add(n.fullNumber);
            }
            return out;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CompletedNumber {

        @JacksonXmlProperty(localName = "FullNumber")
        public String fullNumber;
    }
}
