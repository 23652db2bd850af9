package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <OrderResponse>} returned by POST/GET /orders. */
@JacksonXmlRootElement(localName = "OrderResponse")
public class OrderResponseXml {

    @JacksonXmlProperty(localName = "Order")
    public Order order;

    @JacksonXmlProperty(localName = "OrderStatus")
    public String orderStatus;

    @JacksonXmlProperty(localName = "CompletedQuantity")
    public int completedQuantity;

    @JacksonXmlProperty(localName = "FailedQuantity")
    public int failedQuantity;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<CompletedNumber> completedNumbers = new ArrayList<>();

    public static class Order {
        @JacksonXmlProperty(localName = "id")
        public String id;

        @JacksonXmlProperty(localName = "CustomerOrderId")
        public String customerOrderId;

        @JacksonXmlProperty(localName = "OrderCreateDate")
        public String orderCreateDate;
    }

    public static class CompletedNumber {
        @JacksonXmlProperty(localName = "FullNumber")
        public String fullNumber;
    }

    public List<String> completedFullNumbers() {
        List<String> tns = new ArrayList<>();
        for (CompletedNumber n : completedNumbers) {
            tns.add(n.fullNumber);
        }
        return tns;
    }
}
