package net.kestrelcable.provisioning.dashboard;

import java.util.List;

/**
 * Numbers the NOC keeps in service on the Dashboard account for end-to-end checks.
 * Owned by the NOC; ask #noc-voice before changing.
 */
public final class SmokeTestNumbers {

    /** Denver lab line, routed to the test IVR. */
    public static final String DENVER_LAB_LINE = "3035550142";

    /** Raleigh lab line; also the E911 test call number registered with the PSAP. */
    public static final String RALEIGH_E911_TEST_LINE = "9195550199";

    /** NOC after-hours bridge; lab lines forward here when the IVR is down. */
    public static final String NOC_BRIDGE = "3035550100";

    /** Customer care line printed on SMS footers. */
    public static final String CARE_LINE = "8775550123";

    public static List<String> labLines() {
        return List.of(DENVER_LAB_LINE, RALEIGH_E911_TEST_LINE);
    }

    private SmokeTestNumbers() {
    }
}
