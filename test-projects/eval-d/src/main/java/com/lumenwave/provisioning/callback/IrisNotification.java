package com.lumenwave.provisioning.callback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** Order status callback body posted by the Dashboard. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "Notification")
public record IrisNotification(
        @JacksonXmlProperty(localName = "SubscriptionId") String subscriptionId,
        @JacksonXmlProperty(localName = "OrderType") String orderType,
        @JacksonXmlProperty(localName = "OrderId") String orderId,
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "Status") String status,
        @JacksonXmlProperty(localName = "Message") String message,
        @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> completedTelephoneNumbers) {
}
