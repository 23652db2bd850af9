package net.korvalink.edge.callback;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code <Notification>} bodies the Dashboard posts to our callback endpoints. */
public final class CallbackPayloads {

    private CallbackPayloads() {
    }

    /** Order state changes. */
    @JacksonXmlRootElement(localName = "Notification")
    public static class OrderNotification {

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
    }

    /** Port-in status changes. */
    @JacksonXmlRootElement(localName = "Notification")
    public static class PortNotification {

        @JacksonXmlProperty(localName = "OrderId")
        public String orderId;

        @JacksonXmlProperty(localName = "Status")
        public String status;

        @JacksonXmlProperty(localName = "BillingTelephoneNumber")
        public Long billingTelephoneNumber;

        @JacksonXmlProperty(localName = "ActualFocDate")
        public String actualFocDate;

        @JacksonXmlProperty(localName = "Message")
        public String message;
    }
}
