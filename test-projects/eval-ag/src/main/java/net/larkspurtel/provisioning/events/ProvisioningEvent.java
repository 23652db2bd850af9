package net.larkspurtel.provisioning.events;

import com.google.gson.annotations.SerializedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Event published by the order portal on topic {@code number-provisioning}.
 * Example: {"type":"ORDER_BY_AREA_CODE","customerId":"C-20931","areaCode":919,"quantity":3}
 */
public class ProvisioningEvent {

    public enum Type {
        @SerializedName("ORDER_BY_AREA_CODE") ORDER_BY_AREA_CODE,
        @SerializedName("ORDER_EXISTING") ORDER_EXISTING,
        @SerializedName("HOST_MESSAGING") HOST_MESSAGING,
        @SerializedName("RELEASE_MESSAGING") RELEASE_MESSAGING,
        @SerializedName("SYNC_EXTERNAL") SYNC_EXTERNAL
    }

    public Type type;
    public String customerId;
    public String customerOrderId;
    public int areaCode;
    public int quantity = 1;
    public List<String> telephoneNumbers = new ArrayList<>();
    public String loaAuthorizingPerson;
    public long requestedAtEpochSeconds;
}
