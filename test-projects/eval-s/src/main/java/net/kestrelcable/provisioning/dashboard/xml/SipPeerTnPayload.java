package net.kestrelcable.provisioning.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Body of {@code PUT /accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}}.
 */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SipPeerTnPayload(
        @JacksonXmlProperty(localName = "FullNumber") String fullNumber,
        @JacksonXmlProperty(localName = "CallForward") String callForward,
        @JacksonXmlProperty(localName = "RPIDFormat") String rpidFormat,
        @JacksonXmlProperty(localName = "MessagingSettings") MessagingSettings messagingSettings) {

    public record MessagingSettings(@JacksonXmlProperty(localName = "SmsEnabled") boolean smsEnabled) {
    }

    public static SipPeerTnPayload callForward(String tn, String forwardTo) {
        return new SipPeerTnPayload(tn, forwardTo, null, null);
    }

    public static SipPeerTnPayload rpid(String tn, String format) {
        return new SipPeerTnPayload(tn, null, format, null);
    }

    public static SipPeerTnPayload sms(String tn, boolean enabled) {
        return new SipPeerTnPayload(tn, null, null, new MessagingSettings(enabled));
    }
}
