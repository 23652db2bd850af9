package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "OrderResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderResponsePayload(
        @JacksonXmlProperty(localName = "Order") OrderPayload order,
        @JacksonXmlProperty(localName = "OrderStatus") String orderStatus,
        @JacksonXmlProperty(localName = "CompletedQuantity") Integer completedQuantity,
        @JacksonXmlProperty(localName = "FailedQuantity") Integer failedQuantity,
        @JacksonXmlElementWrapper(localName = "CompletedNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<NumberEntry> completedNumbers,
        @JacksonXmlElementWrapper(localName = "FailedNumbers")
        @JacksonXmlProperty(localName = "FullNumber") List<String> failedNumbers) {

    public record NumberEntry(@JacksonXmlProperty(localName = "FullNumber") String fullNumber) {
    }

    public List<String> completedFullNumbers() {
        return completedNumbers == null ? List.of()
                : completedNumbers.stream().map(NumberEntry::fullNumber).toList();
    }

    public boolean isComplete() {
        return "COMPLETE".equals(orderStatus);
    }

    public boolean isTerminal() {
        return isComplete() || "FAILED".equals(orderStatus) || "PARTIAL".equals(orderStatus);
    }
}
