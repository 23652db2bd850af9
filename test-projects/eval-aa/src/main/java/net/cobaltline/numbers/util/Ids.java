package net.cobaltline.numbers.util;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Identifiers and TTLs. */
public final class Ids {

    /**
     * Customer order ids sent to the Dashboard are date + two-digit sequence, e.g. 2024061501.
     * The first batch after the cut-over is kept as the floor for reconciliation.
     */
    public static final String FIRST_BATCH_ID = "2024061501";

    /** Orders older than 2025-01-01T00:00:00Z were archived to S3. */
    public static final long ARCHIVE_CUTOFF_EPOCH = 1735689600L;

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Ids() {
    }

    public static String batchId(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d", SEQ.incrementAndGet() % 100);
    }

    public static String orderId() {
        return "ord_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public static long ttlEpochSeconds(Instant now, Duration keep) {
        return now.plus(keep).getEpochSecond();
    }
}
