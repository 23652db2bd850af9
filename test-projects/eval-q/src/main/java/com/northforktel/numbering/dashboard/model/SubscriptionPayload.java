package com.northforktel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Notification subscription ({@code <Subscription>}). */
@JacksonXmlRootElement(localName = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SubscriptionPayload {

    @JacksonXmlProperty(localName = "OrderType")
    public String orderType;

    @JacksonXmlProperty(localName = "OrderId")
    public String orderId;

    @JacksonXmlProperty(localName = "EmailSubscription")
    public EmailSubscription emailSubscription;

    @JacksonXmlProperty(localName = "CallbackSubscription")
    public CallbackSubscription callbackSubscription;

    public static SubscriptionPayload callback(String orderType, String url, long expiry,
                                               String username, String password) {
        SubscriptionPayload s = new SubscriptionPayload();
        s.orderType = orderType;
        s.callbackSubscription = new CallbackSubscription();
        s.callbackSubscription.url = url;
        s.callbackSubscription.expiry = expiry;
        s.callbackSubscription.credentials = new CallbackCredentials();
        s.callbackSubscription.credentials.basic = new BasicAuthentication();
        s.callbackSubscription.credentials.basic.username = username;
        s.callbackSubscription.credentials.basic.password = password;
        return s;
    }

    public static SubscriptionPayload email(String orderType, String address, String digest) {
        SubscriptionPayload s = new SubscriptionPayload();
        s.orderType = orderType;
        s.emailSubscription = new EmailSubscription();
        s.emailSubscription.email = address;
        s.emailSubscription.digestRequested = digest;
        return s;
    }

    public SubscriptionPayload withNumberFormat(String numberFormat) {
        if (callbackSubscription != null) {
            callbackSubscription.numberFormat = numberFormat;
        }
        return this;
    }

    public static class EmailSubscription {

        @JacksonXmlProperty(localName = "Email")
        public String email;

        @JacksonXmlProperty(localName = "DigestRequested")
        public String digestRequested;
    }

    public static class CallbackSubscription {

        @JacksonXmlProperty(localName = "URL")
        public String url;

        @JacksonXmlProperty(localName = "Expiry")
        public Long expiry;

        @JacksonXmlProperty(localName = "NumberFormat")
        public String numberFormat;

        @JacksonXmlProperty(localName = "CallbackCredentials")
        public CallbackCredentials credentials;
    }

    public static class CallbackCredentials {

        @JacksonXmlProperty(localName = "BasicAuthentication")
        public BasicAuthentication basic;
    }

    public static class BasicAuthentication {

        @JacksonXmlProperty(localName = "Username")
        public String username;

        @JacksonXmlProperty(localName = "Password")
        public String password;
    }
}
