package net.harbourline.tnbridge.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Number request published by the Harbourline provisioning portal on Kafka.
 * The portal only sells US numbers, so it sends the NPA as a number.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberRequest {

    private String requestId;
    private String customerId;
    private int areaCode;
    private int quantity;
    private long requestedAt;

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(int areaCode) {
        this.areaCode = areaCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public long getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(long requestedAt) {
        this.requestedAt = requestedAt;
    }
}
