package net.northwindtel.provisioning.model.hosted;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Builder;
import lombok.Singular;
import lombok.Value;

import java.util.List;

/**
 * {@code ExternalTnsOrder} body: adds (IMPORT) or removes (REMOVE) hosted messaging on off-net numbers.
 */
@Value
@Builder
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "ExternalTnsOrder")
public class ExternalTnsOrderRequest {

    public enum Action { IMPORT, REMOVE }

    @JacksonXmlProperty(localName = "CustomerOrderId")
    String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    String sipPeerId;

    @JacksonXmlProperty(localName = "Action")
    Action action;

    @JacksonXmlProperty(localName = "LoaType")
    String loaType;

    @Singular
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    List<String> telephoneNumbers;
}
