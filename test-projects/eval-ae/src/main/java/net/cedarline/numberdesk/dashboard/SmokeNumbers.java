package net.cedarline.numberdesk.dashboard;

import java.util.List;

/**
 * Numbers the NOC keeps on the production account for the post-deploy smoke tests
 * (ordered, ported and imported back and forth every release).
 */
public final class SmokeNumbers {

    /** Ordered and disconnected again by the order smoke test. */
    public static final String ORDER_PILOT = "9195550142";

    /** Billing number of the test port-in from our own lab carrier. */
    public static final String PORT_IN_BTN = "9192384410";

    /** Hosted-messaging pilots (numbers stay with the lab carrier for voice). */
    public static final List<String> HOSTED_PILOTS = List.of("9195550131", "9195550132");

    /** The NOC desk, printed in the UI footer. */
    public static final String NOC_DESK = "8005550199";

    /** Smoke runs are tagged with this batch id in the order store. */
    public static final long SMOKE_BATCH_ID = 2024061500L;

    private SmokeNumbers() {
    }
}
