package com.lumenwave.provisioning.iris;

public enum InventoryKind {
    NEW,
    IN_SERVICE,
    EXTERNAL
}
