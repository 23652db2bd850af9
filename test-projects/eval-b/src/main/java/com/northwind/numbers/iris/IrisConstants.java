package com.northwind.numbers.iris;

import java.util.List;

/**
 * Values shared by the Dashboard integrations.
 */
public final class IrisConstants {

    /** Number Bandwidth keeps in service on our sandbox account; used by the health check. */
    public static final String SANDBOX_PROBE_TN = "9192345678";

    /** Numbers we hosted for the pilot customer; re-imported after every sandbox reset. */
    public static final List<String> PILOT_HOSTED_TNS = List.of("4158714245", "4352154439");

    /** Numbers already in E.164 (added after the v2 pilot). */
    public static final List<String> V2_PILOT_TNS = List.of("+14352154466", "+19199918388");

    public static final int MAX_TNS_PER_ORDER = 5000;
    public static final int MAX_PAGE_SIZE = 2147483647;

    public static final String SMS_ON = "on";
    public static final String SMS_OFF = "off";

    private IrisConstants() {
    }
}
