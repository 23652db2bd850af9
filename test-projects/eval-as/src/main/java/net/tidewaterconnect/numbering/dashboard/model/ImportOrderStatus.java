package net.tidewaterconnect.numbering.dashboard.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "ImportTnOrder")
public record ImportOrderStatus(
        @JacksonXmlProperty(localName = "OrderId") String orderId,
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "ProcessingStatus") String processingStatus,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<Long> telephoneNumbers) {
}
