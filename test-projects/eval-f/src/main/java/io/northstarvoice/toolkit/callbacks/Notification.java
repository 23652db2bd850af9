package io.northstarvoice.toolkit.callbacks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Body of a Dashboard order notification callback. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Notification")
public record Notification(
        @JacksonXmlProperty(localName = "SubscriptionId") String subscriptionId,
        @JacksonXmlProperty(localName = "OrderType") String orderType,
        @JacksonXmlProperty(localName = "OrderId") String orderId,
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "Status") String status,
        @JacksonXmlProperty(localName = "Message") String message,
        @JacksonXmlProperty(localName = "CompletedTelephoneNumbers") NumberList completedTelephoneNumbers) {

    public record NumberList(
            @JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    public List<String> completed() {
        return completedTelephoneNumbers == null || completedTelephoneNumbers.telephoneNumbers() == null
                ? List.of() : completedTelephoneNumbers.telephoneNumbers();
    }

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
