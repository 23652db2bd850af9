package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Body of {@code POST /accounts/{accountId}/tnoptions}.
 */
@JacksonXmlRootElement(localName = "TnOptionOrder")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TnOptionOrderPayload(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlElementWrapper(localName = "TnOptionGroups")
        @JacksonXmlProperty(localName = "TnOptionGroup") List<Group> groups) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(
            @JacksonXmlProperty(localName = "Sms") String sms,
            @JacksonXmlProperty(localName = "CallForward") String callForward,
            @JacksonXmlProperty(localName = "A2pSettings") A2pSettings a2pSettings,
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    public record A2pSettings(
            @JacksonXmlProperty(localName = "CampaignId") String campaignId,
            @JacksonXmlProperty(localName = "Action") String action) {
    }

    public static TnOptionOrderPayload sms(String customerOrderId, boolean on, List<String> tns) {
        return new TnOptionOrderPayload(customerOrderId, List.of(new Group(on ? "on" : "off", null, null, tns)));
    }
}
