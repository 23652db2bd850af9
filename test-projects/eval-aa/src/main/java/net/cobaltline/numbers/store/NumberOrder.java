package net.cobaltline.numbers.store;

import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;

/** A customer order as we track it; {@code dashboardOrderId} links it to the Dashboard order. */
@DynamoDbBean
public class NumberOrder {

    public static final String BY_DASHBOARD_ORDER = "byDashboardOrder";

    public enum Status { RECEIVED, SUBMITTED, COMPLETE, PARTIAL, FAILED }

    private String orderId;
    private String customerId;
    private String dashboardOrderId;
    private Status status;
    private String areaCode;
    private int quantity;
    private List<String> requestedNumbers;
    private List<String> completedNumbers;
    private long createdAt;
    private Long ttl;

    @DynamoDbPartitionKey
    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = BY_DASHBOARD_ORDER)
    public String getDashboardOrderId() {
        return dashboardOrderId;
    }

    public void setDashboardOrderId(String dashboardOrderId) {
        this.dashboardOrderId = dashboardOrderId;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public List<String> getRequestedNumbers() {
        return requestedNumbers;
    }

    public void setRequestedNumbers(List<String> requestedNumbers) {
        this.requestedNumbers = requestedNumbers;
    }

    public List<String> getCompletedNumbers() {
        return completedNumbers;
    }

    public void setCompletedNumbers(List<String> completedNumbers) {
        this.completedNumbers = completedNumbers;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getTtl() {
        return ttl;
    }

    public void setTtl(Long ttl) {
        this.ttl = ttl;
    }
}
