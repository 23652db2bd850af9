package net.tidewatertel.numbering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A Dashboard order (new numbers, import, disconnect) as tracked by the back-office. */
@Entity
@Table(name = "number_order")
public class NumberOrder {

    /** Dashboard order id (UUID). */
    @Id
    @Column(length = 36)
    private String orderId;

    @Column(name = "customer_order_id", length = 40)
    private String customerOrderId;

    @Column(name = "order_type", length = 24)
    private String orderType;

    @Column(length = 16)
    private String status;

    @ElementCollection
    @CollectionTable(name = "number_order_tn", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "tn")
    private List<Long> telephoneNumbers = new ArrayList<>();

    private Instant createdAt = Instant.now();
    private Instant completedAt;

    protected NumberOrder() {
    }

    public NumberOrder(String orderId, String customerOrderId, String orderType) {
        this.orderId = orderId;
        this.customerOrderId = customerOrderId;
        this.orderType = orderType;
        this.status = "RECEIVED";
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getOrderType() {
        return orderType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<Long> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }
}
