package com.lumenline.provisioning.callback;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Body of a Dashboard order notification (the {@code <Notification>} POSTed to our callback URL).
 * A class rather than a record: jackson-dataformat-xml cannot bind wrapped lists into records.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Notification")
public class OrderNotification {

    @JacksonXmlProperty(localName = "SubscriptionId")
    private String subscriptionId;

    @JacksonXmlProperty(localName = "OrderType")
    private String orderType;

    @JacksonXmlProperty(localName = "OrderId")
    private String orderId;

    @JacksonXmlProperty(localName = "CustomerOrderId")
    private String customerOrderId;

    @JacksonXmlProperty(localName = "Status")
    private String status;

    @JacksonXmlProperty(localName = "Message")
    private String message;

    @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> completedTelephoneNumbers;

    @JacksonXmlProperty(localName = "LastModifiedDate")
    private String lastModifiedDate;

    @JacksonXmlProperty(localName = "ActualFocDate")
    private String actualFocDate;

    public OrderNotification() {
    }

    public OrderNotification(String subscriptionId, String orderType, String orderId, String customerOrderId,
                             String status, String message, List<String> completedTelephoneNumbers,
                             String lastModifiedDate, String actualFocDate) {
        this.subscriptionId = subscriptionId;
        this.orderType = orderType;
        this.orderId = orderId;
        this.customerOrderId = customerOrderId;
        this.status = status;
        this.message = message;
        this.completedTelephoneNumbers = completedTelephoneNumbers;
        this.lastModifiedDate = lastModifiedDate;
        this.actualFocDate = actualFocDate;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String orderType() {
        return orderType;
    }

    public String orderId() {
        return orderId;
    }

    public String customerOrderId() {
        return customerOrderId;
    }

    public String status() {
        return status;
    }

    public String message() {
        return message;
    }

    public String lastModifiedDate() {
        return lastModifiedDate;
    }

    public String actualFocDate() {
        return actualFocDate;
    }

    public List<String> completedOrEmpty() {
        return completedTelephoneNumbers == null ? List.of() : completedTelephoneNumbers;
    }

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
