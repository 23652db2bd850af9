package com.northwind.numbers.callbacks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Body of the Dashboard's order-status callback (Notification).
 */
@JacksonXmlRootElement(localName = "Notification")
@JsonIgnoreProperties(ignoreUnknown = true)
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

    @JacksonXmlElementWrapper(localName = "FailedTelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<Long> failedTelephoneNumbers;

    @JacksonXmlProperty(localName = "LastModifiedDate")
    private String lastModifiedDate;

    public String getSubscriptionId() { return subscriptionId; }
    public void setSubscriptionId(String subscriptionId) { this.subscriptionId = subscriptionId; }
    public String getOrderType() { return orderType; }
    public void setOrderType(String orderType) { this.orderType = orderType; }
    public String getOrderId() { return orderId; }
    public void setOrderId(String orderId) { this.orderId = orderId; }
    public String getCustomerOrderId() { return customerOrderId; }
    public void setCustomerOrderId(String customerOrderId) { this.customerOrderId = customerOrderId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public List<String> getCompletedTelephoneNumbers() { return completedTelephoneNumbers; }
    public void setCompletedTelephoneNumbers(List<String> tns) { this.completedTelephoneNumbers = tns; }
    public List<Long> getFailedTelephoneNumbers() { return failedTelephoneNumbers; }
    public void setFailedTelephoneNumbers(List<Long> tns) { this.failedTelephoneNumbers = tns; }
    public String getLastModifiedDate() { return lastModifiedDate; }
    public void setLastModifiedDate(String lastModifiedDate) { this.lastModifiedDate = lastModifiedDate; }
}
