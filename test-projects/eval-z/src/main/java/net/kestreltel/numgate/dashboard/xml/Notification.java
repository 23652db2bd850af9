package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** Body of a Dashboard order-status callback. */
@JacksonXmlRootElement(localName = "Notification")
public record Notification(
        @JacksonXmlProperty(localName = "SubscriptionId") String subscriptionId,
        @JacksonXmlProperty(localName = "OrderType") String orderType,
        @JacksonXmlProperty(localName = "OrderId") String orderId,
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "Status") String status,
        @JacksonXmlProperty(localName = "Message") String message,
        @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> completedTelephoneNumbers,
        @JacksonXmlProperty(localName = "LastModifiedDate") String lastModifiedDate,
        @JacksonXmlProperty(localName = "ActualFocDate") String actualFocDate) {

    public List<String> completed() {
        return completedTelephoneNumbers == null ? List.of() : completedTelephoneNumbers;
    }
}
