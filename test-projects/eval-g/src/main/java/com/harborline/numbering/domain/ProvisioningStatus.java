package com.harborline.numbering.domain;

public enum ProvisioningStatus {
    REQUESTED,
    ORDERED,
    ACTIVE,
    HOSTED_MESSAGING,
    DISCONNECT_PENDING,
    FAILED
}
