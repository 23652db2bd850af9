package com.harborline.porting.util;

import java.time.Duration;

public final class Expiries {

    /** "Never" as the Dashboard understands it (2068-12-08). */
    public static final long NEVER_EPOCH_SECONDS = 3122064000L;
    public static final int MAX_PAGE_SIZE = Integer.MAX_VALUE;
    public static final long RETRY_CEILING = 2147483647L;
    public static final Duration LOA_VALIDITY = Duration.ofDays(60);

    private Expiries() {
    }
}
