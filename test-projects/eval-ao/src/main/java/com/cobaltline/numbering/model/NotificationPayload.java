package com.cobaltline.numbering.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** Order status callback posted by the Dashboard to our subscription URL. */
@XmlRootElement(name = "Notification")
@XmlAccessorType(XmlAccessType.FIELD)
public class NotificationPayload {

    @XmlElement(name = "SubscriptionId")
    private String subscriptionId;

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "Status")
    private String status;

    @XmlElement(name = "Message")
    private String message;

    @XmlElementWrapper(name = "CompletedTelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> completedTelephoneNumbers = new ArrayList<>();

    @XmlElement(name = "LastModifiedDate")
    private String lastModifiedDate;

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public void setCustomerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<String> getCompletedTelephoneNumbers() {
        return completedTelephoneNumbers;
    }

    public void setCompletedTelephoneNumbers(List<String> completedTelephoneNumbers) {
        this.completedTelephoneNumbers = completedTelephoneNumbers;
    }

    public String getLastModifiedDate() {
        return lastModifiedDate;
    }

    public void setLastModifiedDate(String lastModifiedDate) {
        this.lastModifiedDate = lastModifiedDate;
    }
}
