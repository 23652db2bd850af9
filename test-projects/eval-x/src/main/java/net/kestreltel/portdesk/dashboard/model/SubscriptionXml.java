package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "Subscription")
@XmlAccessorType(XmlAccessType.FIELD)
public class SubscriptionXml {
    @XmlElement(name = "OrderType")
    public String orderType;
    @XmlElement(name = "OrderId")
    public String orderId;
    @XmlElement(name = "EmailSubscription")
    public EmailSubscription emailSubscription;
    @XmlElement(name = "CallbackSubscription")
    public CallbackSubscription callbackSubscription;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class EmailSubscription {
        @XmlElement(name = "Email")
        public String email;
        @XmlElement(name = "DigestRequested")
        public String digestRequested;
        @XmlElement(name = "NumberFormat")
        public String numberFormat;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackSubscription {
        @XmlElement(name = "URL")
        public String url;
        @XmlElement(name = "Expiry")
        public long expiry;
        @XmlElement(name = "NumberFormat")
        public String numberFormat;
        @XmlElement(name = "CallbackCredentials")
        public CallbackCredentials credentials;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackCredentials {
        @XmlElement(name = "BasicAuthentication")
        public BasicAuthentication basicAuthentication;
        @XmlElement(name = "PublicKey")
        public String publicKey;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class BasicAuthentication {
        @XmlElement(name = "Username")
        public String username;
        @XmlElement(name = "Password")
        public String password;
    }
}
