package com.cobaltline.numbering.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "Subscription")
@XmlAccessorType(XmlAccessType.FIELD)
public class SubscriptionPayload {

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "EmailSubscription")
    private EmailSubscription emailSubscription;

    @XmlElement(name = "CallbackSubscription")
    private CallbackSubscription callbackSubscription;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackSubscription {

        @XmlElement(name = "URL")
        private String url;

        @XmlElement(name = "Expiry")
        private long expiry;

        @XmlElement(name = "NumberFormat")
        private String numberFormat;

        @XmlElement(name = "CallbackCredentials")
        private CallbackCredentials callbackCredentials;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public long getExpiry() {
            return expiry;
        }

        public void setExpiry(long expiry) {
            this.expiry = expiry;
        }

        public String getNumberFormat() {
            return numberFormat;
        }

        public void setNumberFormat(String numberFormat) {
            this.numberFormat = numberFormat;
        }

        public CallbackCredentials getCallbackCredentials() {
            return callbackCredentials;
        }

        public void setCallbackCredentials(CallbackCredentials callbackCredentials) {
            this.callbackCredentials = callbackCredentials;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackCredentials {

        @XmlElement(name = "BasicAuthentication")
        private BasicAuthentication basicAuthentication;

        public CallbackCredentials() {
        }

        public CallbackCredentials(String username, String password) {
            this.basicAuthentication = new BasicAuthentication(username, password);
        }

        public BasicAuthentication getBasicAuthentication() {
            return basicAuthentication;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class BasicAuthentication {

        @XmlElement(name = "Username")
        private String username;

        @XmlElement(name = "Password")
        private String password;

        public BasicAuthentication() {
        }

        public BasicAuthentication(String username, String password) {
            this.username = username;
            this.password = password;
        }

        public String getUsername() {
            return username;
        }

        public String getPassword() {
            return password;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class EmailSubscription {

        @XmlElement(name = "Email")
        private String email;

        @XmlElement(name = "DigestRequested")
        private String digestRequested = "DAILY";

        public EmailSubscription() {
        }

        public EmailSubscription(String email) {
            this.email = email;
        }

        public String getEmail() {
            return email;
        }

        public String getDigestRequested() {
            return digestRequested;
        }
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public String getOrderId() {
        return orderId;
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

    public CallbackSubscription getCallbackSubscription() {
        return callbackSubscription;
    }

    public void setCallbackSubscription(CallbackSubscription callbackSubscription) {
        this.callbackSubscription = callbackSubscription;
    }
}
