package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

@JacksonXmlRootElement(localName = "OrderResponse")
public record OrderResponseDoc(
        @JacksonXmlProperty(localName = "Order") OrderPart order,
        @JacksonXmlProperty(localName = "OrderStatus") String orderStatus,
        @JacksonXmlElementWrapper(localName = "CompletedNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<CompletedNumber> completedNumbers) {

    public String orderId() {
        return order == null ? null : order.id();
    }

    public List<String> completedTns() {
        return completedNumbers == null ? List.of()
                : completedNumbers.stream().map(CompletedNumber::fullNumber).toList();
    }

    public record OrderPart(
            @JacksonXmlProperty(localName = "id") String id,
            @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
            @JacksonXmlProperty(localName = "OrderCreateDate") String orderCreateDate) {
    }

    public record CompletedNumber(@JacksonXmlProperty(localName = "FullNumber") String fullNumber) {
    }
}
