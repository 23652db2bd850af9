package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Dashboard notification subscription, {@code <Subscription>}. */
@JacksonXmlRootElement(localName = "Subscription")
public class SubscriptionXml {

    @JacksonXmlProperty(localName = "OrderType")
    public String orderType;

    @JacksonXmlProperty(localName = "OrderId")
    public String orderId;

    @JacksonXmlProperty(localName = "EmailSubscription")
    public EmailSubscription emailSubscription;

    @JacksonXmlProperty(localName = "CallbackSubscription")
    public CallbackSubscription callbackSubscription;

    public static class EmailSubscription {
        @JacksonXmlProperty(localName = "Email")
        public String email;

        @JacksonXmlProperty(localName = "DigestRequested")
        public String digestRequested = "NONE";

        @JacksonXmlProperty(localName = "NumberFormat")
        public String numberFormat;
    }

    public static class CallbackSubscription {
        @JacksonXmlProperty(localName = "URL")
        public String url;

        @JacksonXmlProperty(localName = "Expiry")
        public String expiry;

        @JacksonXmlProperty(localName = "NumberFormat")
        public String numberFormat;

        @JacksonXmlProperty(localName = "CallbackCredentials")
        public CallbackCredentials credentials;
    }

    public static class CallbackCredentials {
        @JacksonXmlProperty(localName = "BasicAuthentication")
        public BasicAuthentication basicAuthentication;
    }

    public static class BasicAuthentication {
        @JacksonXmlProperty(localName = "Username")
        public String username;

        @JacksonXmlProperty(localName = "Password")
        public String password;
    }
}
