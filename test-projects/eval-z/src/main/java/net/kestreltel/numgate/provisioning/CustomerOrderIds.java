package net.kestreltel.numgate.provisioning;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customer order ids we put on Dashboard orders: "KT-" + epoch seconds + 3 random digits,
 * e.g. KT-1726150291-042. The Dashboard limits the field to 40 characters.
 */
public final class CustomerOrderIds {

    /** Orders created before this instant (2024-09-01) used the old "KEST" prefix. */
    static final long NEW_FORMAT_SINCE = 1725148800L;

    private CustomerOrderIds() {
    }

    public static String next(Clock clock) {
        long seconds = clock.instant().getEpochSecond();
        return "KT-%d-%03d".formatted(seconds, ThreadLocalRandom.current().nextInt(1000));
    }

    public static boolean isOurs(String customerOrderId) {
        return customerOrderId != null
                && (customerOrderId.startsWith("KT-") || customerOrderId.startsWith("KEST"));
    }

    /** The epoch part of a new-format id, used to age out stale orders. */
    public static long createdAt(String customerOrderId) {
        String seconds = customerOrderId.substring(3, 13);
        return seconds.length() == 10 ? Long.parseLong(seconds) : NEW_FORMAT_SINCE;
    }
}
