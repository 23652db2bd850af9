package net.korvalink.edge.dashboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body of PUT /sites/{site}/sippeers/{peer}/tns/{tn}. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SipPeerTnUpdate {

    @JacksonXmlProperty(localName = "FullNumber")
    private String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    private String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    private String rpidFormat;

    @JacksonXmlProperty(localName = "MessagingSettings")
    private MessagingSettings messagingSettings;

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

    public MessagingSettings getMessagingSettings() {
        return messagingSettings;
    }

    public void setMessagingSettings(MessagingSettings messagingSettings) {
        this.messagingSettings = messagingSettings;
    }

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
}
