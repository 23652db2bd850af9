package com.harborline.porting.callback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Notification")
public record OrderNotification(
        @JacksonXmlProperty(localName = "SubscriptionId") String subscriptionId,
        @JacksonXmlProperty(localName = "OrderType") String orderType,
        @JacksonXmlProperty(localName = "OrderId") String orderId,
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "Status") String status,
        @JacksonXmlProperty(localName = "Message") String message,
        @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> completedTelephoneNumbers) {

    public List<String> completed() {
        return completedTelephoneNumbers == null ? List.of() : completedTelephoneNumbers;
    }
}
