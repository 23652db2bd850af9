package com.bluepinenet.cdrpipeline.streams;

/** A CDR joined with our number inventory and rate-center data. */
public record EnrichedCdr(
        CallDetailRecord cdr,
        String callingNpa,
        String callingRateCenter,
        String calledRateCenter,
        boolean onNet,
        boolean tollFree,
        boolean emergency,
        String siteId) {
}
