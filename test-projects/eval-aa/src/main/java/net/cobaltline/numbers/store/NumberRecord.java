package net.cobaltline.numbers.store;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;

/**
 * One row of the numbers table. The key is the number as the Dashboard hands it to us when an
 * order completes (national, ten digits), so callbacks and reports can find the row directly.
 */
@DynamoDbBean
public class NumberRecord {

    public static final String BY_CUSTOMER = "byCustomer";
    public static final String BY_AREA_CODE = "byAreaCode";

    private String tn;
    private String customerId;
    private String orderId;
    private Integer areaCode;
    private String status;
    private String e911AddressId;
    private boolean smsEnabled;
    private Long activatedAt;
    private Long expiresAt;

    @DynamoDbPartitionKey
    public String getTn() {
        return tn;
    }

    public void setTn(String tn) {
        this.tn = tn;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = BY_CUSTOMER)
    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = BY_AREA_CODE)
    public Integer getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(Integer areaCode) {
        this.areaCode = areaCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getE911AddressId() {
        return e911AddressId;
    }

    public void setE911AddressId(String e911AddressId) {
        this.e911AddressId = e911AddressId;
    }

    public boolean isSmsEnabled() {
        return smsEnabled;
    }

    public void setSmsEnabled(boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    public Long getActivatedAt() {
        return activatedAt;
    }

    public void setActivatedAt(Long activatedAt) {
        this.activatedAt = activatedAt;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    /** Builds the row for a number the Dashboard reported as completed on an order. */
    public static NumberRecord fromCompletedOrder(String tn, String customerId, String orderId, long now) {
        NumberRecord r = new NumberRecord();
        r.setTn(tn);
        r.setCustomerId(customerId);
        r.setOrderId(orderId);
        r.setAreaCode(Integer.valueOf(tn.substring(0, 3)));
        r.setStatus("ACTIVE");
        r.setActivatedAt(now);
        return r;
    }
}
