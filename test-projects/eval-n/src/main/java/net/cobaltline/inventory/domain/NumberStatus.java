package net.cobaltline.inventory.domain;

public enum NumberStatus {
    RESERVED,
    ORDERED,
    IN_SERVICE,
    HOSTED_MESSAGING,
    PORTING_OUT,
    DISCONNECTED,
    MISSING_FROM_REPORT
}
