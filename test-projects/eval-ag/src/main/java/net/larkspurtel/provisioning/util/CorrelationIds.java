package net.larkspurtel.provisioning.util;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Customer order ids sent to the Dashboard, e.g. {@code LSP-20240611-4821}. */
public final class CorrelationIds {

    /** Dashboard caps CustomerOrderId at 40 characters. */
    public static final int MAX_LENGTH = 40;
    /** Upper bound used by the portal's legacy integer order ids. */
    public static final long LEGACY_PORTAL_MAX_ORDER_ID = 2147483647L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CorrelationIds() {
    }

    public static String next(String prefix, Clock clock) {
        int suffix = ThreadLocalRandom.current().nextInt(1000, 10000);
        String id = prefix + "-" + LocalDate.now(clock).format(DAY) + "-" + suffix;
        return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }

    public static boolean isLegacyPortalOrderId(String id) {
        return id != null && id.matches("\\d{10}") && Long.parseLong(id) <= LEGACY_PORTAL_MAX_ORDER_ID;
    }
}
