package com.bluepinenet.cdrpipeline.kafka.model;

import java.time.Instant;

/** Our own lifecycle event, published for billing and the CDR enrichment. */
public record NumberLifecycleEvent(
        String tn,
        Type type,
        String orderId,
        String customerAccount,
        Instant occurredAt) {

    public enum Type {
        ACTIVATED, PORTED_IN, PORTED_OUT, DISCONNECTED, MESSAGING_ENABLED, MESSAGING_DISABLED
    }
}
