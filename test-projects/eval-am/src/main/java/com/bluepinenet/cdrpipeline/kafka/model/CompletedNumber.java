package com.bluepinenet.cdrpipeline.kafka.model;

import java.time.Instant;

/** One number of a completed Dashboard order, as stored in the activation ledger. */
public record CompletedNumber(long tn, String orderId, String orderType, Instant completedAt) {
}
