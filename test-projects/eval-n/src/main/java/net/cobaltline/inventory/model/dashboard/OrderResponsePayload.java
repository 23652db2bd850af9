package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@XmlRootElement(name = "OrderResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class OrderResponsePayload {

    @XmlElement(name = "Order")
    private OrderDetail order;

    @XmlElement(name = "OrderStatus")
    private String orderStatus;

    @XmlElement(name = "CompletedQuantity")
    private int completedQuantity;

    @XmlElement(name = "FailedQuantity")
    private int failedQuantity;

    @XmlElementWrapper(name = "CompletedNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<CompletedNumber> completedNumbers = new ArrayList<>();

    public OrderDetail getOrder() {
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

    public List<String> completedTns() {
        return completedNumbers.stream().map(CompletedNumber::getFullNumber).toList();
    }

    /** NPAs touched by this order, for the capacity dashboard. */
    public Set<String> completedAreaCodes() {
        Set<String> npas = new TreeSet<>();
        for (CompletedNumber n : completedNumbers) {
            npas.add(n.getFullNumber().substring(0, 3));
        }
        return npas;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class OrderDetail {
        @XmlElement(name = "id")
        private String id;
        @XmlElement(name = "CustomerOrderId")
        private String customerOrderId;
        @XmlElement(name = "OrderCreateDate")
        private String orderCreateDate;
        @XmlElement(name = "SiteId")
        private String siteId;

        public String getId() {
            return id;
        }

        public String getCustomerOrderId() {
            return customerOrderId;
        }

        public String getOrderCreateDate() {
            return orderCreateDate;
        }

        public String getSiteId() {
            return siteId;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CompletedNumber {
        @XmlElement(name = "FullNumber")
        private String fullNumber;

        public String getFullNumber() {
            return fullNumber;
        }
    }
}
