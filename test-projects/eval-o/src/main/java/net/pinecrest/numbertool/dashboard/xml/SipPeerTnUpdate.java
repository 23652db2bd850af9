package net.pinecrest.numbertool.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body of {@code PUT .../sippeers/{peer}/tns/{tn}}. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SipPeerTnUpdate(
        @JacksonXmlProperty(localName = "FullNumber") String fullNumber,
        @JacksonXmlProperty(localName = "CallForward") String callForward,
        @JacksonXmlProperty(localName = "RPIDFormat") String rpidFormat,
        @JacksonXmlProperty(localName = "MessagingSettings") MessagingSettings messagingSettings) {

    public record MessagingSettings(@JacksonXmlProperty(localName = "SmsEnabled") boolean smsEnabled) {
    }

    public static SipPeerTnUpdate callForward(String fullNumber, String forwardTo) {
        return new SipPeerTnUpdate(fullNumber, forwardTo, null, null);
    }

    public SipPeerTnUpdate withSms(boolean enabled) {
        return new SipPeerTnUpdate(fullNumber, callForward, rpidFormat, new MessagingSettings(enabled));
    }
}
