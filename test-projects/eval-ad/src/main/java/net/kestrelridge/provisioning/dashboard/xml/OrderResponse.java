package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <OrderResponse>} as returned by POST/GET .../orders.
 */
@JacksonXmlRootElement(localName = "OrderResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public class OrderResponse {

    @JacksonXmlProperty(localName = "OrderStatus")
    public String orderStatus;

    @JacksonXmlProperty(localName = "Order")
    public OrderBody order;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<CompletedNumber> completedNumbers = new ArrayList<>();

    @JacksonXmlProperty(localName = "FailedQuantity")
    public int failedQuantity;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class OrderBody {

        @JacksonXmlProperty(localName = "id")
        public String id;

        @JacksonXmlProperty(localName = "CustomerOrderId")
        public String customerOrderId;

        @JacksonXmlProperty(localName = "OrderCreateDate")
        public String orderCreateDate;

        @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
        public ExistingNumbers existingNumbers;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ExistingNumbers {

        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CompletedNumber {

        @JacksonXmlProperty(localName = "FullNumber")
        public long fullNumber;
    }

    public boolean isComplete() {
        return "COMPLETE".equals(orderStatus);
    }
}
