package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Hosted messaging import of numbers that stay on our own switches.
 */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportTnOrderPayload(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "SiteId") String siteId,
        @JacksonXmlProperty(localName = "SipPeerId") String sipPeerId,
        @JacksonXmlProperty(localName = "Subscriber") Subscriber subscriber,
        @JacksonXmlProperty(localName = "LoaAuthorizingPerson") String loaAuthorizingPerson,
        @JacksonXmlProperty(localName = "LoaType") String loaType,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subscriber(
            @JacksonXmlProperty(localName = "Name") String name,
            @JacksonXmlProperty(localName = "ServiceAddress") ServiceAddress serviceAddress) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceAddress(
            @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
            @JacksonXmlProperty(localName = "StreetName") String streetName,
            @JacksonXmlProperty(localName = "City") String city,
            @JacksonXmlProperty(localName = "StateCode") String stateCode,
            @JacksonXmlProperty(localName = "Zip") String zip) {
    }

    /**
     * Body of {@code POST /accounts/{accountId}/importTnChecker}.
     */
    @JacksonXmlRootElement(localName = "ImportTnCheckerPayload")
    public record CheckerRequest(
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }
}
