package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** POST /accounts/{id}/subscriptions body. */
@JacksonXmlRootElement(localName = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SubscriptionXml {

    @JacksonXmlProperty(localName = "OrderType")
    public String orderType;

    @JacksonXmlProperty(localName = "OrderId")
    public String orderId;

    @JacksonXmlProperty(localName = "EmailSubscription")
    public EmailSubscription emailSubscription;

    @JacksonXmlProperty(localName = "CallbackSubscription")
    public CallbackSubscription callbackSubscription;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class EmailSubscription {
        @JacksonXmlProperty(localName = "Email")
        public String email;

        @JacksonXmlProperty(localName = "DigestRequested")
        public String digestRequested = "DAILY";

        @JacksonXmlProperty(localName = "NumberFormat")
        public String numberFormat;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class CallbackSubscription {
        @JacksonXmlProperty(localName = "URL")
        public String url;

        @JacksonXmlProperty(localName = "Expiry")
        public long expiry;

        @JacksonXmlProperty(localName = "CallbackCredentials")
        public CallbackCredentials credentials;

        @JacksonXmlProperty(localName = "NumberFormat")
        public String numberFormat;

        public CallbackSubscription() {
        }

        public CallbackSubscription(String url, long expiry, CallbackCredentials credentials) {
            this.url = url;
            this.expiry = expiry;
            this.credentials = credentials;
        }

        public void setNumberFormat(String numberFormat) {
            this.numberFormat = numberFormat;
        }
    }

    public static class CallbackCredentials {
        @JacksonXmlProperty(localName = "BasicAuthentication")
        public BasicAuthentication basicAuthentication;

        public static CallbackCredentials basic(String user, String password) {
            CallbackCredentials c = new CallbackCredentials();
            c.basicAuthentication = new BasicAuthentication();
            c.basicAuthentication.username = user;
            c.basicAuthentication.password = password;
            return c;
        }
    }

    public static class BasicAuthentication {
        @JacksonXmlProperty(localName = "Username")
        public String username;

        @JacksonXmlProperty(localName = "Password")
        public String password;
    }
}
