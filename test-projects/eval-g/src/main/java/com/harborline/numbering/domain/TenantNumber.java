package com.harborline.numbering.domain;

import java.time.Instant;
import lombok.Builder;
import lombok.Data;

/**
 * A number assigned to a Harborline tenant. The inventory has always been keyed
 * by the 10-digit national number (see NumberInventoryStore).
 */
@Data
@Builder
public class TenantNumber {
    private String tenantId;
    private String nationalNumber;
    private ProvisioningStatus status;
    private String dashboardOrderId;
    private boolean smsEnabled;
    private Instant updatedAt;
}
