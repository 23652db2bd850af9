package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * Our own XML document for a hosted-messaging import order. (Same element names as the
 * SDK's model of the same name; we do not use the SDK outside the legacy adapter.)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "ImportTnOrder")
public record ImportTnOrder(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "SiteId") String siteId,
        @JacksonXmlProperty(localName = "SipPeerId") String sipPeerId,
        @JacksonXmlProperty(localName = "LoaAuthorizingPerson") String loaAuthorizingPerson,
        @JacksonXmlProperty(localName = "LoaType") String loaType,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public static ImportTnOrder of(String customerOrderId, String siteId, String sipPeerId,
                                   String authorizingPerson, List<String> numbers) {
        return new ImportTnOrder(customerOrderId, siteId, sipPeerId, authorizingPerson, "CARRIER", List.copyOf(numbers));
    }
}
