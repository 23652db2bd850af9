package net.harborlinecarrier.tnvault.dashboard.xml;

import jakarta.validation.constraints.Pattern;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of the order notifications the Dashboard POSTs to /callbacks/dashboard.
 * Mapped with JAXB because the callback resource is also used by the SOAP bridge.
 */
@XmlRootElement(name = "Notification")
@XmlAccessorType(XmlAccessType.FIELD)
public class NotificationXml {

    @XmlElement(name = "SubscriptionId")
    private String subscriptionId;

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "Status")
    private String status;

    @XmlElement(name = "Message")
    private String message;

    @XmlElementWrapper(name = "CompletedTelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<@Pattern(regexp = "\\d{10}") String> completedTelephoneNumbers = new ArrayList<>();

    @XmlElement(name = "LastModifiedDate")
    private String lastModifiedDate;

    @XmlElement(name = "ActualFocDate")
    private String actualFocDate;

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getOrderType() {
        return orderType;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public List<String> getCompletedTelephoneNumbers() {
        return completedTelephoneNumbers;
    }

    public String getLastModifiedDate() {
        return lastModifiedDate;
    }

    public String getActualFocDate() {
        return actualFocDate;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }
}
