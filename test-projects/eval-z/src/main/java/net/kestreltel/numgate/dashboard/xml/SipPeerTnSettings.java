package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** PUT body for {@code sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
public record SipPeerTnSettings(
        @JacksonXmlProperty(localName = "FullNumber") String fullNumber,
        @JacksonXmlProperty(localName = "CallForward") String callForward,
        @JacksonXmlProperty(localName = "RPIDFormat") String rpidFormat,
        @JacksonXmlProperty(localName = "MessagingSettings") MessagingSettings messagingSettings) {

    public static Builder builder() {
        return new Builder();
    }

    public record MessagingSettings(@JacksonXmlProperty(localName = "SmsEnabled") boolean smsEnabled) {
    }

    public static final class Builder {
        private String fullNumber;
        private String callForward;
        private String rpidFormat;
        private MessagingSettings messaging;

        public Builder fullNumber(String tn) {
            this.fullNumber = tn;
            return this;
        }

        public Builder callForward(String forwardTo) {
            this.callForward = forwardTo;
            return this;
        }

        public Builder rpidFormat(String format) {
            this.rpidFormat = format;
            return this;
        }

        public Builder messaging(MessagingSettings settings) {
            this.messaging = settings;
            return this;
        }

        public SipPeerTnSettings build() {
            return new SipPeerTnSettings(fullNumber, callForward, rpidFormat, messaging);
        }
    }
}
