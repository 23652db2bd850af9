package net.tidewatertel.numbering.support;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customer order ids we put on Dashboard orders, e.g. {@code ORD-3929731215-0042}.
 * Seconds are counted from the NTP era so that ids sort after the ones our old
 * provisioning system (which used NTP timestamps) generated.
 */
public final class CorrelationIds {

    /** Seconds between 1900-01-01 (NTP era) and 1970-01-01. */
    static final long NTP_EPOCH_OFFSET = 2208988800L;

    private CorrelationIds() {
    }

    public static String next(String prefix) {
        long ntpSeconds = Instant.now().getEpochSecond() + NTP_EPOCH_OFFSET;
        int suffix = ThreadLocalRandom.current().nextInt(10_000);
        return "%s-%d-%04d".formatted(prefix, ntpSeconds, suffix);
    }

    /** Our order ids must fit the Dashboard's 40 character limit and the int range of billing. */
    public static boolean fitsBilling(long sequence) {
        return sequence > 0 && sequence <= 2147483647L;
    }
}
