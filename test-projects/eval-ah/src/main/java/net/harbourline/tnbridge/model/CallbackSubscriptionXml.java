package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <CallbackSubscription>} part of a Dashboard subscription. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CallbackSubscriptionXml {

    @XmlElement(name = "URL")
    private String url;

    @XmlElement(name = "Expiry")
    private Long expiry;

    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElement(name = "CallbackCredentials")
    private CallbackCredentialsXml credentials;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Long getExpiry() {
        return expiry;
    }

    public void setExpiry(Long expiry) {
        this.expiry = expiry;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public CallbackCredentialsXml getCredentials() {
        return credentials;
    }

    public void setCredentials(CallbackCredentialsXml credentials) {
        this.credentials = credentials;
    }
}
