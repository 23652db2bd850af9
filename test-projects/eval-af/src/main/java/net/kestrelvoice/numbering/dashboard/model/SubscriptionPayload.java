package net.kestrelvoice.numbering.dashboard.model;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;

/** {@code <Subscription>} for POST /accounts/{id}/subscriptions. */
@XmlRootElement(name = "Subscription")
public class SubscriptionPayload {

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "EmailSubscription")
    private EmailSubscription emailSubscription;

    @XmlElement(name = "CallbackSubscription")
    private CallbackSubscriptionPayload callbackSubscription;

    public SubscriptionPayload() {
    }

    public SubscriptionPayload(String orderType) {
        this.orderType = orderType;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public EmailSubscription getEmailSubscription() {
        return emailSubscription;
    }

    public void setEmailSubscription(EmailSubscription emailSubscription) {
        this.emailSubscription = emailSubscription;
    }

    public CallbackSubscriptionPayload getCallbackSubscription() {
        return callbackSubscription;
    }

    public void setCallbackSubscription(CallbackSubscriptionPayload callbackSubscription) {
        this.callbackSubscription = callbackSubscription;
    }

    public static class EmailSubscription {
        @XmlElement(name = "Email")
        private String email;

        @XmlElement(name = "DigestRequested")
        private String digestRequested = "NONE";

        public EmailSubscription() {
        }

        public EmailSubscription(String email) {
            this.email = email;
        }

        public String getEmail() {
            return email;
        }
    }

    /** {@code <CallbackSubscription>}. */
    @XmlType(propOrder = {"url", "expiry", "numberFormat", "credentials"})
    public static class CallbackSubscriptionPayload {

        @XmlElement(name = "URL")
        private String url;

        @XmlElement(name = "Expiry")
        private Long expiry;

        @XmlElement(name = "NumberFormat")
        private String numberFormat;

        @XmlElement(name = "CallbackCredentials")
        private Credentials credentials;

        public CallbackSubscriptionPayload() {
        }

        public CallbackSubscriptionPayload(String url, long expiry) {
            this.url = url;
            this.expiry = expiry;
        }

        public String getUrl() {
            return url;
        }

        public Long getExpiry() {
            return expiry;
        }

        public String getNumberFormat() {
            return numberFormat;
        }

        public void setNumberFormat(String numberFormat) {
            this.numberFormat = numberFormat;
        }

        public CallbackSubscriptionPayload basicAuth(String username, String password) {
            Credentials c = new Credentials();
            c.basic = new Basic();
            c.basic.username = username;
            c.basic.password = password;
            this.credentials = c;
            return this;
        }

        public static class Credentials {
            @XmlElement(name = "BasicAuthentication")
            private Basic basic;
        }

        public static class Basic {
            @XmlElement(name = "Username")
            private String username;

            @XmlElement(name = "Password")
            private String password;
        }
    }
}
