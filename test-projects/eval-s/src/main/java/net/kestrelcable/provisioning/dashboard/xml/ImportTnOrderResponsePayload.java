package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "ImportTnOrderResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportTnOrderResponsePayload(
        @JacksonXmlProperty(localName = "ImportTnOrder") Status importTnOrder) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(
            @JacksonXmlProperty(localName = "OrderId") String orderId,
            @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
            @JacksonXmlProperty(localName = "ProcessingStatus") String processingStatus,
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers,
            @JacksonXmlElementWrapper(localName = "Errors")
            @JacksonXmlProperty(localName = "Error") List<Error> errors) {
    }

    public record Error(
            @JacksonXmlProperty(localName = "Code") String code,
            @JacksonXmlProperty(localName = "Description") String description) {
    }

    @JacksonXmlRootElement(localName = "OrderHistoryWrapper")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record History(
            @JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(localName = "OrderHistory") List<Entry> entries) {

        public record Entry(
                @JacksonXmlProperty(localName = "OrderDate") String orderDate,
                @JacksonXmlProperty(localName = "Note") String note,
                @JacksonXmlProperty(localName = "Status") String status) {
        }
    }

    @JacksonXmlRootElement(localName = "ImportTnCheckerResponse")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckerResult(
            @JacksonXmlProperty(localName = "ImportTnCheckerPayload") ImportTnOrderPayload.CheckerRequest payload,
            @JacksonXmlElementWrapper(localName = "ImportTnErrors")
            @JacksonXmlProperty(localName = "ImportTnError") List<Error> errors) {
    }

    public String orderId() {
        return importTnOrder == null ? null : importTnOrder.orderId();
    }

    public String processingStatus() {
        return importTnOrder == null ? "UNKNOWN" : importTnOrder.processingStatus();
    }
}
