package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "Subscription")
@XmlAccessorType(XmlAccessType.FIELD)
public class SubscriptionPayload {

    @XmlElement(name = "SubscriptionId")
    private String subscriptionId;

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "EmailSubscription")
    private EmailSubscription emailSubscription;

    @XmlElement(name = "CallbackSubscription")
    private CallbackSubscriptionPayload callbackSubscription;

    public String getSubscriptionId() {
        return subscriptionId;
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

    public CallbackSubscriptionPayload getCallbackSubscription() {
        return callbackSubscription;
    }

    public void setCallbackSubscription(CallbackSubscriptionPayload callbackSubscription) {
        this.callbackSubscription = callbackSubscription;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class EmailSubscription {
        @XmlElement(name = "Email")
        private String email;
        @XmlElement(name = "DigestRequested")
        private String digestRequested;
        @XmlElement(name = "NumberFormat")
        private String numberFormat;

        public EmailSubscription() {
        }

        public EmailSubscription(String email, String digestRequested) {
            this.email = email;
            this.digestRequested = digestRequested;
        }

        public String getEmail() {
            return email;
        }

        public String getDigestRequested() {
            return digestRequested;
        }

        public String getNumberFormat() {
            return numberFormat;
        }

        public void setNumberFormat(String numberFormat) {
            this.numberFormat = numberFormat;
        }
    }
}
