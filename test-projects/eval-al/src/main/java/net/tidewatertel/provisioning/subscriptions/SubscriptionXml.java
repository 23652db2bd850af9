package net.tidewatertel.provisioning.subscriptions;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <Subscription>} request body for the Dashboard's order notifications. */
@XmlRootElement(name = "Subscription")
@XmlAccessorType(XmlAccessType.FIELD)
public class SubscriptionXml {

    @XmlElement(name = "OrderType")
    private String orderType;

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "CallbackSubscription")
    private CallbackSubscriptionXml callbackSubscription;

    public SubscriptionXml() {
    }

    public SubscriptionXml(String orderType, CallbackSubscriptionXml callbackSubscription) {
        this.orderType = orderType;
        this.callbackSubscription = callbackSubscription;
    }

    public String getOrderType() {
        return orderType;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public CallbackSubscriptionXml getCallbackSubscription() {
        return callbackSubscription;
    }

    /** {@code <CallbackSubscription>} part of a Dashboard subscription. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackSubscriptionXml {

        @XmlElement(name = "URL")
        private String url;

        @XmlElement(name = "Expiry")
        private long expiry;

        @XmlElement(name = "NumberFormat")
        private String numberFormat;

        @XmlElement(name = "CallbackCredentials")
        private Credentials credentials;

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

        public Credentials getCredentials() {
            return credentials;
        }

        public void setCredentials(Credentials credentials) {
            this.credentials = credentials;
        }

        @XmlAccessorType(XmlAccessType.FIELD)
        public static class Credentials {

            @XmlElement(name = "BasicAuthentication")
            private BasicAuthentication basicAuthentication;

            public Credentials() {
            }

            public Credentials(String username, String password) {
                this.basicAuthentication = new BasicAuthentication(username, password);
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
        }
    }
}
