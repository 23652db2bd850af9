package net.tidewaterconnect.numbering.callback;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body the Dashboard POSTs to our subscription callback URL. */
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
    private List<String> completedTelephoneNumbers = List.of();

    @JacksonXmlElementWrapper(localName = "FailedTelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<Long> failedTelephoneNumbers = List.of();

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

    public List<Long> getFailedTelephoneNumbers() {
        return failedTelephoneNumbers;
    }
}
