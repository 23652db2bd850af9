package net.northwind.porting.payload;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Callback body the carrier POSTs to us when an order changes state. */
@JacksonXmlRootElement(localName = "Notification")
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
    public List<String> completedTelephoneNumbers = List.of();

    @JacksonXmlProperty(localName = "LastModifiedDate")
    public String lastModifiedDate;

    @JacksonXmlProperty(localName = "ActualFocDate")
    public String actualFocDate;
}
