package com.kestrelvoice.numlife.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

@Entity
@Table(name = "number_order")
@Getter
@Setter
@NoArgsConstructor
public class NumberOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UUID the Dashboard assigns to the order. */
    @Column(name = "dashboard_order_id", unique = true)
    private String dashboardOrderId;

    /** Our own reference, sent as CustomerOrderId. */
    @Column(name = "customer_order_id", nullable = false)
    private String customerOrderId;

    @Column(name = "order_type", nullable = false)
    private String orderType;

    @Column(name = "status")
    private String status;

    @Column(name = "completed_quantity")
    private int completedQuantity;

    @Column(name = "failed_quantity")
    private int failedQuantity;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;
}
