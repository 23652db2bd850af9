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
@Table(name = "e911_address")
@Getter
@Setter
@NoArgsConstructor
public class E911AddressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dashboard_address_id")
    private String dashboardAddressId;

    @Column(name = "house_number")
    private String houseNumber;

    @Column(name = "street_name")
    private String streetName;

    @Column(name = "city")
    private String city;

    @Column(name = "state_code", length = 2)
    private String stateCode;

    @Column(name = "zip", length = 10)
    private String zip;

    @Column(name = "callback_number")
    private String callbackNumber;

    @Column(name = "caller_name")
    private String callerName;

    @Column(name = "validated_at")
    private Instant validatedAt;
}
