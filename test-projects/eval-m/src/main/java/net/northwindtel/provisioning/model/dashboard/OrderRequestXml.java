package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Builder;
import lombok.Singular;
import lombok.Value;

import java.util.List;

/**
 * New-number order payload for {@code POST /accounts/{accountId}/orders}.
 */
@Value
@Builder
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "Order")
public class OrderRequestXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    String siteId;

    @JacksonXmlProperty(localName = "PeerId")
    String peerId;

    @JacksonXmlProperty(localName = "PartialAllowed")
    boolean partialAllowed;

    @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
    ExistingTns existingTelephoneNumberOrderType;

    @Value
    @Builder
    public static class ExistingTns {
        @Singular
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        List<String> telephoneNumbers;
    }
}
