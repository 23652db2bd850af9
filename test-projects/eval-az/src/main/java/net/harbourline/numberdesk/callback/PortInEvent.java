package net.harbourline.numberdesk.callback;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * Port-in status as forwarded by the integration hub, which turns the Dashboard's XML
 * notifications into JSON for the services behind it.
 */
public class PortInEvent {

    @JsonbProperty("OrderId")
    private String orderId;

    @JsonbProperty("Status")
    private String status;

    @JsonbProperty("BillingTelephoneNumber")
    private long billingTelephoneNumber;

    @JsonbProperty("CompletedTelephoneNumbers")
    private List<String> completedTelephoneNumbers;

    @JsonbProperty("ActualFocDate")
    private String actualFocDate;

    @JsonbProperty("HubReceivedAt")
    private long hubReceivedAt;

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getBillingTelephoneNumber() {
        return billingTelephoneNumber;
    }

    public void setBillingTelephoneNumber(long billingTelephoneNumber) {
        this.billingTelephoneNumber = billingTelephoneNumber;
    }

    public List<String> getCompletedTelephoneNumbers() {
        return completedTelephoneNumbers;
    }

    public void setCompletedTelephoneNumbers(List<String> completedTelephoneNumbers) {
        this.completedTelephoneNumbers = completedTelephoneNumbers;
    }

    public String getActualFocDate() {
        return actualFocDate;
    }

    public void setActualFocDate(String actualFocDate) {
        this.actualFocDate = actualFocDate;
    }

    public long getHubReceivedAt() {
        return hubReceivedAt;
    }

    public void setHubReceivedAt(long hubReceivedAt) {
        this.hubReceivedAt = hubReceivedAt;
    }
}
