package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlType(name = "CallbackSubscription")
@XmlAccessorType(XmlAccessType.FIELD)
public class CallbackSubscriptionPayload {

    @XmlElement(name = "URL")
    private String url;

    @XmlElement(name = "Expiry")
    private long expiry;

    @XmlElement(name = "CallbackCredentials")
    private CallbackCredentials credentials;

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    public CallbackSubscriptionPayload() {
    }

    public CallbackSubscriptionPayload(String url, long expiry) {
        this.url = url;
        this.expiry = expiry;
    }

    public String getUrl() {
        return url;
    }

    public long getExpiry() {
        return expiry;
    }

    public CallbackCredentials getCredentials() {
        return credentials;
    }

    public void setCredentials(CallbackCredentials credentials) {
        this.credentials = credentials;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CallbackCredentials {
        @XmlElement(name = "BasicAuthentication")
        private BasicAuthentication basicAuthentication;
        @XmlElement(name = "PublicKey")
        private String publicKey;

        public CallbackCredentials() {
        }

        public CallbackCredentials(String username, String password) {
            this.basicAuthentication = new BasicAuthentication(username, password);
        }

        public BasicAuthentication getBasicAuthentication() {
            return basicAuthentication;
        }

        public String getPublicKey() {
            return publicKey;
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
}
