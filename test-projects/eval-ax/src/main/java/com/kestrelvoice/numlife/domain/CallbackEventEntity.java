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

/**
 * One completed number of a Dashboard order notification, kept for the audit trail.
 */
@Entity
@Table(name = "callback_event")
@Getter
@Setter
@NoArgsConstructor
public class CallbackEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id")
    private String subscriptionId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "order_type")
    private String orderType;

    @Column(name = "status")
    private String status;

    @Column(name = "telephone_number")
    private Long telephoneNumber;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
}
