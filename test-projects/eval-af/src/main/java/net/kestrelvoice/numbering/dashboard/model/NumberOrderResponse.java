package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <OrderResponse>} returned by POST and GET /orders. */
@XmlRootElement(name = "OrderResponse")
public class NumberOrderResponse {

    @XmlElement(name = "Order")
    private NumberOrder order;

    @XmlElement(name = "OrderStatus")
    private String orderStatus;

    @XmlElement(name = "CompletedQuantity")
    private int completedQuantity;

    @XmlElementWrapper(name = "CompletedNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<OrderedNumber> completedNumbers = new ArrayList<>();

    @XmlElementWrapper(name = "FailedNumbers")
    @XmlElement(name = "FullNumber")
    private List<String> failedNumbers = new ArrayList<>();

    public NumberOrder getOrder() {
        return order;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public int getCompletedQuantity() {
        return completedQuantity;
    }

    public List<OrderedNumber> getCompletedNumbers() {
        return completedNumbers;
    }

    public List<String> getFailedNumbers() {
        return failedNumbers;
    }

    /** {@code <TelephoneNumber><FullNumber/>...</TelephoneNumber>} inside CompletedNumbers. */
    public static class OrderedNumber {
        @XmlElement(name = "FullNumber")
        private String fullNumber;

        @XmlElement(name = "RateCenter")
        private String rateCenter;

        @XmlElement(name = "State")
        private String state;

        public String getFullNumber() {
            return fullNumber;
        }

        public String getRateCenter() {
            return rateCenter;
        }

        public String getState() {
            return state;
        }
    }
}
