package net.cascadiatel.provisioning.subscriptions;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** The Notification the Dashboard POSTs to our callback URL when an order changes state. */
@JacksonXmlRootElement(localName = "Notification")
public class NotificationXml {

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
    private List<String> completedTelephoneNumbers = new ArrayList<>();

    @JacksonXmlProperty(localName = "LastModifiedDate")
    private String lastModifiedDate;

    @JacksonXmlProperty(localName = "ActualFocDate")
    private String actualFocDate;

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

    public String getActualFocDate() {
        return actualFocDate;
    }

    public void setActualFocDate(String actualFocDate) {
        this.actualFocDate = actualFocDate;
    }
}
