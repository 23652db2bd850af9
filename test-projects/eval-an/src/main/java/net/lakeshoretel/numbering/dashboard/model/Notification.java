package net.lakeshoretel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Body of a Dashboard order-status callback. */
@JacksonXmlRootElement(localName = "Notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

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

    public String getOrderType() {
        return orderType;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public List<String> getCompletedTelephoneNumbers() {
        return completedTelephoneNumbers;
    }

    public String getLastModifiedDate() {
        return lastModifiedDate;
    }

    public String getActualFocDate() {
        return actualFocDate;
    }

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
