package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** PUT /sites/{s}/sippeers/{p}/tns/{tn} body. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SipPeerTelephoneNumberXml {

    @JacksonXmlProperty(localName = "FullNumber")
    public String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    public String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    public String rpidFormat;

    @JacksonXmlProperty(localName = "RewriteUser")
    public String rewriteUser;

    @JacksonXmlProperty(localName = "CallingNameDisplay")
    public Boolean callingNameDisplay;

    @JacksonXmlProperty(localName = "MessagingSettings")
    public MessagingSettings messagingSettings;

    public static class MessagingSettings {
        @JacksonXmlProperty(localName = "SmsEnabled")
        public boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SipPeerTelephoneNumberXml tn = new SipPeerTelephoneNumberXml();

        public Builder fullNumber(String fullNumber) {
            tn.fullNumber = fullNumber;
            return this;
        }

        public Builder callForward(String callForward) {
            tn.callForward = callForward;
            return this;
        }

        public Builder rpidFormat(String format) {
            tn.rpidFormat = format;
            return this;
        }

        public Builder callingNameDisplay(boolean on) {
            tn.callingNameDisplay = on;
            return this;
        }

        public Builder messagingSettings(MessagingSettings settings) {
            tn.messagingSettings = settings;
            return this;
        }

        public SipPeerTelephoneNumberXml build() {
            return tn;
        }
    }
}
