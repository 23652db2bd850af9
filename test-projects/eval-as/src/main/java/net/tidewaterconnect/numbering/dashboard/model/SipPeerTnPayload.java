package net.tidewaterconnect.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
public record SipPeerTnPayload(
        @JacksonXmlProperty(localName = "FullNumber") String fullNumber,
        @JacksonXmlProperty(localName = "CallForward") String callForward,
        @JacksonXmlProperty(localName = "RPIDFormat") String rpidFormat,
        @JacksonXmlProperty(localName = "MessagingSettings") MessagingSettings messagingSettings) {

    public static SipPeerTnPayload callForward(String tn, String destination) {
        return new SipPeerTnPayload(tn, destination, null, null);
    }

    public record MessagingSettings(
            @JacksonXmlProperty(localName = "SmsEnabled") boolean smsEnabled) {
    }
}
