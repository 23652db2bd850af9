package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Body of a Dashboard order-status callback. */
@XmlRootElement(name = "Notification")
@XmlAccessorType(XmlAccessType.FIELD)
public class NotificationXml {
    @XmlElement(name = "SubscriptionId")
    public String subscriptionId;
    @XmlElement(name = "OrderType")
    public String orderType;
    @XmlElement(name = "OrderId")
    public String orderId;
    @XmlElement(name = "CustomerOrderId")
    public String customerOrderId;
    @XmlElement(name = "Status")
    public String status;
    @XmlElement(name = "Message")
    public String message;
    @XmlElementWrapper(name = "CompletedTelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    public List<String> completedTelephoneNumbers = new ArrayList<>();
    @XmlElement(name = "LastModifiedDate")
    public String lastModifiedDate;
    @XmlElement(name = "ActualFocDate")
    public String actualFocDate;
}
