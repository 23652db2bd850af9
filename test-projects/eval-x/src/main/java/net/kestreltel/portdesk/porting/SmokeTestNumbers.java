package net.kestreltel.portdesk.porting;

import java.util.List;

/** Numbers owned by the lab account and used by the hourly health checks. */
public final class SmokeTestNumbers {

    /** Kept in service on the production account just so that tndetails has something to return. */
    public static final String CANARY_TN = "8045550100";

    /** Lab numbers whose SMS flag the nightly job flips on and off. */
    public static final List<String> LAB_TNS = List.of(
            "9195551212",
            "9195551213");

    /** Printed on customer letters only. */
    public static final String SUPPORT_LINE = "8005550199";

    private SmokeTestNumbers() {
    }
}
