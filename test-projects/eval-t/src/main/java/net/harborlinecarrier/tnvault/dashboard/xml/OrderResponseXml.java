package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** GET /accounts/{id}/orders/{orderId} answer. */
@JacksonXmlRootElement(localName = "OrderResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public class OrderResponseXml {

    @JacksonXmlProperty(localName = "OrderStatus")
    public String orderStatus;

    @JacksonXmlProperty(localName = "CompletedQuantity")
    public int completedQuantity;

    @JacksonXmlProperty(localName = "FailedQuantity")
    public int failedQuantity;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<TelephoneNumberXml> completedNumbers = new ArrayList<>();

    public List<String> completedFullNumbers() {
        List<String> out = new ArrayList<>();
        for (TelephoneNumberXml tn : completedNumbers) {
            out.add(tn.fullNumber);
        }
        return out;
    }

    public boolean isFinal() {
        return "COMPLETE".equals(orderStatus) || "FAILED".equals(orderStatus) || "PARTIAL".equals(orderStatus);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class TelephoneNumberXml {
        @JacksonXmlProperty(localName = "FullNumber")
        public String fullNumber;
    }
}
