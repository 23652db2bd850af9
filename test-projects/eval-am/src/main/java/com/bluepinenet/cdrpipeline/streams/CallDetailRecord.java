package com.bluepinenet.cdrpipeline.streams;

/**
 * A call-detail record from the softswitch mediation layer (schema avro/CallDetailRecord.avsc).
 * Numbers arrive as the switch wrote them: 10 digits, sometimes with a leading 1.
 */
public record CallDetailRecord(
        String recordId,
        String switchId,
        String callingNumber,
        String calledNumber,
        String chargeNumber,
        long startEpochMillis,
        int durationSeconds,
        int originNpa,
        String trunkGroup,
        String disposition,
        long billingAccountNumber) {
}
