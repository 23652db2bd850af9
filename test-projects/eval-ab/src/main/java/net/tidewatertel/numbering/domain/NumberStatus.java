package net.tidewatertel.numbering.domain;

public enum NumberStatus {
    RESERVED,
    ORDERED,
    IN_SERVICE,
    PORTING_OUT,
    AGING,
    RELEASED
}
