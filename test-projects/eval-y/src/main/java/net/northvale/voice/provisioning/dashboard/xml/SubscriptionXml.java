package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Callback / e-mail subscription for order status notifications. */
@XmlRootElement(name = "Subscription")
@XmlAccessorType(XmlAccessType.FIELD)
public class SubscriptionXml {

    @XmlElement(name = "OrderType")
    private String orderType;
    @XmlElement(name = "OrderId")
    private String orderId;
    @XmlElement(name = "EmailSubscription")
    private EmailSubscription emailSubscription;
    @XmlElement(name = "CallbackSubscription")
    private CallbackSubscription callbackSubscription;

    @XmlAccessorType(XmlAccessType.FIELD)
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
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackSubscription {
        @XmlElement(name = "URL")
        private String url;
        @XmlElement(name = "Expiry")
        private long expiry;
        @XmlElement(name = "NumberFormat")
        private String numberFormat;

        public void setUrl(String url) {
            this.url = url;
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
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
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
