package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "SipPeerTelephoneNumber")
@XmlAccessorType(XmlAccessType.FIELD)
public class SipPeerTnXml {
    @XmlElement(name = "FullNumber")
    public String fullNumber;
    @XmlElement(name = "CallForward")
    public String callForward;
    @XmlElement(name = "RPIDFormat")
    public String rpidFormat;
    @XmlElement(name = "RewriteUser")
    public String rewriteUser;
    @XmlElement(name = "CallingNameDisplay")
    public String callingNameDisplay;
    @XmlElement(name = "MessagingSettings")
    public MessagingSettings messagingSettings;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class MessagingSettings {
        @XmlElement(name = "SmsEnabled")
        public boolean smsEnabled;
    }
}
