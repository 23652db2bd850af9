package com.harborline.numbering.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * Daily housekeeping of our own tables (no Dashboard calls): inventory history older than
 * the retention period is dropped. Finance needs 7 years.
 */
public class DataRetentionJob extends Job {

    private static final Duration RETENTION = Duration.ofDays(7 * 365 + 2);
    /** Anything past the 32-bit epoch limit is a bug in an old importer; never delete on it. */
    private static final long MAX_SANE_EPOCH_SECONDS = 2147483647L;
    /** History before the 2016 BIGINT migration was already archived to cold storage. */
    private static final long ARCHIVE_CUTOFF_EPOCH_SECONDS = 1451606400L;

    public DataRetentionJob() {
        super("dataRetention");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        long cutoff = Instant.now(context.clock()).minus(RETENTION).getEpochSecond();
        if (cutoff > MAX_SANE_EPOCH_SECONDS || cutoff < ARCHIVE_CUTOFF_EPOCH_SECONDS) {
            return JobResult.failed("refusing suspicious cutoff " + cutoff);
        }
        int deleted = context.numbers().deleteOlderThan(cutoff);
        return JobResult.ok(deleted);
    }
}
