package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/**
 * Our own wire model of an import order, used by the Retrofit client. Not to be confused with the
 * SDK class of the same name: this one carries only what we send and has no static API calls.
 */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportTnOrder(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "SiteId") String siteId,
        @JacksonXmlProperty(localName = "SipPeerId") String sipPeerId,
        @JacksonXmlProperty(localName = "LoaAuthorizingPerson") String loaAuthorizingPerson,
        @JacksonXmlProperty(localName = "Subscriber") Subscriber subscriber,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    public record Subscriber(
            @JacksonXmlProperty(localName = "Name") String name,
            @JacksonXmlProperty(localName = "ServiceAddress") ServiceAddress serviceAddress) {
    }

    public record ServiceAddress(
            @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
            @JacksonXmlProperty(localName = "StreetName") String streetName,
            @JacksonXmlProperty(localName = "City") String city,
            @JacksonXmlProperty(localName = "StateCode") String stateCode,
            @JacksonXmlProperty(localName = "Zip") String zip) {
    }

    public static ImportTnOrder forNumbers(String customerOrderId, String siteId, String sipPeerId,
                                           String authorizer, List<String> tns) {
        return new ImportTnOrder(customerOrderId, siteId, sipPeerId, authorizer, null, List.copyOf(tns));
    }

    public ImportTnOrder withSubscriber(Subscriber s) {
        return new ImportTnOrder(customerOrderId, siteId, sipPeerId, loaAuthorizingPerson, s, telephoneNumbers);
    }
}
