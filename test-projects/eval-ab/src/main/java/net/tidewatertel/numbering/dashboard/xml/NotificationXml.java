package net.tidewatertel.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body of an order-status callback posted by the Dashboard. */
@JacksonXmlRootElement(localName = "Notification")
@JsonIgnoreProperties(ignoreUnknown = true)
public class NotificationXml {

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

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
