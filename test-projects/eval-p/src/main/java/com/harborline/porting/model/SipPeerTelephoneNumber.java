package com.harborline.porting.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
public class SipPeerTelephoneNumber {

    @JacksonXmlProperty(localName = "FullNumber")
    private String fullNumber;
    @JacksonXmlProperty(localName = "CallForward")
    private String callForward;
    @JacksonXmlProperty(localName = "RPIDFormat")
    private String rpidFormat;
    @JacksonXmlProperty(localName = "CallingNameDisplay")
    private String callingNameDisplay;
    @JacksonXmlProperty(localName = "MessagingSettings")
    private MessagingSettings messagingSettings;

    public static SipPeerTelephoneNumber forNumber(String fullNumber) {
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.fullNumber = fullNumber;
        return tn;
    }

    public SipPeerTelephoneNumber callForward(String target) { this.callForward = target; return this; }
    public SipPeerTelephoneNumber rpidFormat(String format) { this.rpidFormat = format; return this; }
    public SipPeerTelephoneNumber callingNameDisplay(String on) { this.callingNameDisplay = on; return this; }
    public SipPeerTelephoneNumber messagingSettings(MessagingSettings settings) { this.messagingSettings = settings; return this; }

    public String getFullNumber() { return fullNumber; }
    public String getCallForward() { return callForward; }
    public String getRpidFormat() { return rpidFormat; }
    public String getCallingNameDisplay() { return callingNameDisplay; }
    public MessagingSettings getMessagingSettings() { return messagingSettings; }
}
