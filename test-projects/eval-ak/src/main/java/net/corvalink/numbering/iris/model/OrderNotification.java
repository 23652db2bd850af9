package net.corvalink.numbering.iris.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Body the Dashboard POSTs to our subscription callback URL.
 */
@JacksonXmlRootElement(localName = "Notification")
@JsonIgnoreProperties(ignoreUnknown = true)
public class OrderNotification {

    @JacksonXmlProperty(localName = "SubscriptionId")
    public String subscriptionId;

    @JacksonXmlProperty(localName = "OrderType")
    public String orderType;

    @JacksonXmlProperty(localName = "OrderId")
    public String orderId;

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "Status")
    public String status;

    @JacksonXmlProperty(localName = "Message")
    public String message;

    @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> completedTelephoneNumbers = new ArrayList<>();

    @JacksonXmlProperty(localName = "LastModifiedDate")
    public String lastModifiedDate;

    @JacksonXmlProperty(localName = "ActualFocDate")
    public String actualFocDate;
}
