package net.cobaltline.numbers.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** PUT body for {@code sites/{site}/sippeers/{peer}/tns/{tn}}. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonIgnoreProperties(ignoreUnknown = true)
public class SipPeerTnXml {

    @JacksonXmlProperty(localName = "FullNumber")
    public String fullNumber;
    @JacksonXmlProperty(localName = "CallForward")
    public String callForward;
    @JacksonXmlProperty(localName = "RPIDFormat")
    public String rpidFormat;
    @JacksonXmlProperty(localName = "NumberFormat")
    public String numberFormat;
    @JacksonXmlProperty(localName = "MessagingSettings")
    public MessagingSettings messagingSettings;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class MessagingSettings {
        @JacksonXmlProperty(localName = "SmsEnabled")
        public Boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }
}
