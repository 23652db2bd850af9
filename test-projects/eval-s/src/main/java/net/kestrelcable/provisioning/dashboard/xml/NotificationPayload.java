package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Body the Dashboard posts to our subscription callback URL.
 */
@JacksonXmlRootElement(localName = "Notification")
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationPayload(
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

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
