package net.halyardcomm.backoffice.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** Dashboard notification subscription (POST /accounts/{id}/subscriptions). */
@XmlRootElement(name = "Subscription")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"orderType", "orderId", "emailSubscription", "callbackSubscription"})
public class SubscriptionXml {

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "EmailSubscription")
    private EmailSubscription emailSubscription;

    @XmlElement(name = "CallbackSubscription")
    private CallbackSubscription callbackSubscription;

    public SubscriptionXml() {
    }

    public SubscriptionXml(String orderType) {
        this.orderType = orderType;
    }

    public String getOrderType() { return orderType; }
    public void setOrderId(String orderId) { this.orderId = orderId; }
    public void setEmailSubscription(EmailSubscription e) { this.emailSubscription = e; }
    public CallbackSubscription getCallbackSubscription() { return callbackSubscription; }
    public void setCallbackSubscription(CallbackSubscription c) { this.callbackSubscription = c; }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class EmailSubscription {
        @XmlElement(name = "Email")
        private String email;
        @XmlElement(name = "DigestRequested")
        private String digestRequested;

        public EmailSubscription() {
        }

        public EmailSubscription(String email, String digestRequested) {
            this.email = email;
            this.digestRequested = digestRequested;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"url", "expiry", "callbackCredentials", "numberFormat"})
    public static class CallbackSubscription {
        @XmlElement(name = "URL")
        private String url;
        @XmlElement(name = "Expiry")
        private String expiry;
        @XmlElement(name = "CallbackCredentials")
        private CallbackCredentials callbackCredentials;
        @XmlElement(name = "NumberFormat")
        private String numberFormat;

        public CallbackSubscription() {
        }

        public CallbackSubscription(String url, String expiry) {
            this.url = url;
            this.expiry = expiry;
        }

        public void setCredentials(String username, String password) {
            this.callbackCredentials = new CallbackCredentials(username, password);
        }

        public String getNumberFormat() { return numberFormat; }
        public void setNumberFormat(String numberFormat) { this.numberFormat = numberFormat; }
        public String getUrl() { return url; }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackCredentials {
        @XmlElement(name = "BasicAuthentication")
        private BasicAuthentication basicAuthentication;

        public CallbackCredentials() {
        }

        CallbackCredentials(String username, String password) {
            this.basicAuthentication = new BasicAuthentication();
            this.basicAuthentication.username = username;
            this.basicAuthentication.password = password;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class BasicAuthentication {
        @XmlElement(name = "Username")
        private String username;
        @XmlElement(name = "Password")
        private String password;
    }
}
