package net.lumivox.numbering.ordering;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * The parts of a Dashboard OrderResponse the escalation report needs.
 */
@XmlRootElement(name = "OrderResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class OrderSummaryXml {

    @XmlElement(name = "OrderStatus")
    private String orderStatus;

    @XmlElement(name = "CompletedQuantity")
    private int completedQuantity;

    @XmlElement(name = "Order")
    private OrderPart order;

    public String getOrderStatus() {
        return orderStatus;
    }

    public int getCompletedQuantity() {
        return completedQuantity;
    }

    public OrderPart getOrder() {
        return order;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class OrderPart {

        @XmlElement(name = "CustomerOrderId")
        private String customerOrderId;

        @XmlElement(name = "SiteId")
        private int siteId;

        @XmlElement(name = "AreaCodeSearchAndOrderType")
        private AreaCodePart areaCodeSearch;

        public String getCustomerOrderId() {
            return customerOrderId;
        }

        public int getSiteId() {
            return siteId;
        }

        public AreaCodePart getAreaCodeSearch() {
            return areaCodeSearch;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class AreaCodePart {

        @XmlElement(name = "AreaCode")
        private int areaCode;

        @XmlElement(name = "Quantity")
        private int quantity;

        public int getAreaCode() {
            return areaCode;
        }

        public int getQuantity() {
            return quantity;
        }
    }
}
