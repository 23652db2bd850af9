package net.northvale.voice.provisioning.persistence;

public enum NumberStatus {
    RESERVED,
    ORDERED,
    ACTIVE,
    PORTING_IN,
    PORTED_OUT,
    DISCONNECTED
}
