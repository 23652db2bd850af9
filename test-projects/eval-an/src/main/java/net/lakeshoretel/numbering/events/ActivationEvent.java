package net.lakeshoretel.numbering.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.io.Serializable;

/** A service activation from the OSS ({@code oss.activation-events.v1}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ActivationEvent implements Serializable {

    private static final long serialVersionUID = 2L;

    public enum Kind { NEW_LINE, PORT_IN_COMPLETE, HOSTED_SMS, HOSTED_SMS_REMOVE, DISCONNECT }

    private String activationId;
    private Kind kind;
    private String tn;
    private String e911AddressId;
    private String subscriberContactTn;
    private boolean smsEnabled;
    private String callForward;
    private int serviceAreaCode;
    private String customerOrderId;
    private long activatedAt;

    public ActivationEvent() {
    }

    public ActivationEvent(String activationId, Kind kind, String tn) {
        this.activationId = activationId;
        this.kind = kind;
        this.tn = tn;
    }

    public String getActivationId() {
        return activationId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTn() {
        return tn;
    }

    public String getE911AddressId() {
        return e911AddressId;
    }

    public void setE911AddressId(String e911AddressId) {
        this.e911AddressId = e911AddressId;
    }

    public String getSubscriberContactTn() {
        return subscriberContactTn;
    }

    public void setSubscriberContactTn(String subscriberContactTn) {
        this.subscriberContactTn = subscriberContactTn;
    }

    public boolean isSmsEnabled() {
        return smsEnabled;
    }

    public void setSmsEnabled(boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    public String getCallForward() {
        return callForward;
    }

    public void setCallForward(String callForward) {
        this.callForward = callForward;
    }

    /** Area code the subscriber signed up in (from the OSS product catalog). */
    public int getServiceAreaCode() {
        return serviceAreaCode;
    }

    public void setServiceAreaCode(int serviceAreaCode) {
        this.serviceAreaCode = serviceAreaCode;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public void setCustomerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public long getActivatedAt() {
        return activatedAt;
    }

    public void setActivatedAt(long activatedAt) {
        this.activatedAt = activatedAt;
    }
}
