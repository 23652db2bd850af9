package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "OrderResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class OrderResponseXml {

    @XmlElement(name = "Order")
    private OrderXml order;
    @XmlElement(name = "OrderStatus")
    private String orderStatus;
    @XmlElement(name = "CompletedQuantity")
    private int completedQuantity;
    @XmlElement(name = "FailedQuantity")
    private int failedQuantity;

    public OrderXml getOrder() {
        return order;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public int getCompletedQuantity() {
        return completedQuantity;
    }

    public int getFailedQuantity() {
        return failedQuantity;
    }

    public boolean isComplete() {
        return "COMPLETE".equals(orderStatus);
    }
}
