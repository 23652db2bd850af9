package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Order status notification POSTed by the Dashboard to our callback receiver. */
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
        @JacksonXmlProperty(localName = "LastModifiedDate") String lastModifiedDate) {

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }

    public List<String> completedOrEmpty() {
        return completedTelephoneNumbers == null ? List.of() : completedTelephoneNumbers;
    }

    /** The day part of LastModifiedDate, for the daily roll-up. */
    public String day() {
        return lastModifiedDate == null ? "" : lastModifiedDate.substring(0, 10);
    }
}
