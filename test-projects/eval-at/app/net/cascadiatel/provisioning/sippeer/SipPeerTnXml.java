package net.cascadiatel.provisioning.sippeer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body of PUT .../sippeers/{peerId}/tns/{tn}. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SipPeerTnXml {

    @JacksonXmlProperty(localName = "FullNumber")
    private String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    private String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    private String rpidFormat;

    @JacksonXmlProperty(localName = "CallingNameDisplay")
    private Boolean callingNameDisplay;

    @JacksonXmlProperty(localName = "MessagingSettings")
    private MessagingSettings messagingSettings;

    public static class MessagingSettings {
        @JacksonXmlProperty(localName = "SmsEnabled")
        private boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }

        public boolean isSmsEnabled() {
            return smsEnabled;
        }

        public void setSmsEnabled(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }

    public String getFullNumber() {
        return fullNumber;
    }

    public void setFullNumber(String fullNumber) {
        this.fullNumber = fullNumber;
    }

    public String getCallForward() {
        return callForward;
    }

    public void setCallForward(String callForward) {
        this.callForward = callForward;
    }

    public String getRpidFormat() {
        return rpidFormat;
    }

    public void setRpidFormat(String rpidFormat) {
        this.rpidFormat = rpidFormat;
    }

    public Boolean getCallingNameDisplay() {
        return callingNameDisplay;
    }

    public void setCallingNameDisplay(Boolean callingNameDisplay) {
        this.callingNameDisplay = callingNameDisplay;
    }

    public MessagingSettings getMessagingSettings() {
        return messagingSettings;
    }

    public void setMessagingSettings(MessagingSettings messagingSettings) {
        this.messagingSettings = messagingSettings;
    }
}
