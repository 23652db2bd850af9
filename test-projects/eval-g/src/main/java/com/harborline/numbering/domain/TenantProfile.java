package com.harborline.numbering.domain;

import lombok.Builder;
import lombok.Value;

/**
 * Tenant preferences captured at sign-up (Harborline CRM). preferredAreaCode is
 * what the customer typed into the sign-up form.
 */
@Value
@Builder
public class TenantProfile {
    String tenantId;
    String displayName;
    int preferredAreaCode;
    String billingZip;
    String contactEmail;
}
