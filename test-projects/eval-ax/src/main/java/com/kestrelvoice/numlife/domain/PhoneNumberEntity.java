package com.kestrelvoice.numlife.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.ToString;

@Entity
@Table(name = "phone_number")
@Getter
@Setter
@NoArgsConstructor
@ToString
public class PhoneNumberEntity {

    public enum Status { RESERVED, ORDERED, IN_SERVICE, PORTING, HOSTED_MESSAGING, DISCONNECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** National number as the Dashboard reports it; everything else joins on it. */
    @Column(name = "tn", length = 10, nullable = false, unique = true)
    private String tn;

    @Column(name = "area_code")
    private Integer areaCode;

    @Column(name = "rate_center")
    private String rateCenter;

    @Column(name = "state", length = 2)
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "dashboard_order_id")
    private String dashboardOrderId;

    @Column(name = "customer_account")
    private String customerAccount;

    @Column(name = "sms_enabled")
    private boolean smsEnabled;

    @Column(name = "activated_at")
    private Instant activatedAt;
}
