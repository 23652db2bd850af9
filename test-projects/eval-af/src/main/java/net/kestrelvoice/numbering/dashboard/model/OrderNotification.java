package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** Callback body the dashboard POSTs to our subscription URL. */
@XmlRootElement(name = "Notification")
public class OrderNotification {

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

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
