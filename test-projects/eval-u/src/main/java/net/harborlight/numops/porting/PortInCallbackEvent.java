package net.harborlight.numops.porting;

import java.util.List;

import com.google.gson.annotations.SerializedName;

/**
 * Port-in notification as the edge gateway relays it (the gateway turns the Dashboard's XML
 * {@code <LnpNotification>} into JSON and adds its own receive timestamp).
 */
public class PortInCallbackEvent {

    @SerializedName("OrderId")
    private String orderId;

    @SerializedName("CustomerOrderId")
    private String customerOrderId;

    @SerializedName("Status")
    private String status;

    @SerializedName("BillingTelephoneNumber")
    private long billingTelephoneNumber;

    @SerializedName("CompletedTelephoneNumbers")
    private List<String> completedTelephoneNumbers;

    @SerializedName("ActualFocDate")
    private String actualFocDate;

    /** Epoch seconds at which the gateway received the callback. */
    @SerializedName("gatewayReceivedAt")
    private long gatewayReceivedAt;

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getStatus() {
        return status;
    }

    public long getBillingTelephoneNumber() {
        return billingTelephoneNumber;
    }

    public List<String> getCompletedTelephoneNumbers() {
        return completedTelephoneNumbers == null ? List.of() : completedTelephoneNumbers;
    }

    public String getActualFocDate() {
        return actualFocDate;
    }

    public long getGatewayReceivedAt() {
        return gatewayReceivedAt;
    }
}
