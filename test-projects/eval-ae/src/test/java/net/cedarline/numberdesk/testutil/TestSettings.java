package net.cedarline.numberdesk.testutil;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardUrls;

/** The settings every client test runs with (same as production, fake credentials). */
public final class TestSettings {

    public static final String BASE = "https://dashboard.bandwidth.com/api";
    public static final String ACCOUNT = "9900412";

    private TestSettings() {
    }

    public static DashboardSettings dashboard() {
        DashboardSettings s = new DashboardSettings();
        s.setBaseUrl(BASE);
        s.setAccountId(ACCOUNT);
        s.setUsername("test-user");
        s.setPassword("1234567890");
        s.setSiteId("3147");
        s.setSipPeerId("508812");
        s.setCallbackUrl("https://numberdesk.test.cedarline.net/callbacks");
        s.setCallbackUser("cb");
        s.setCallbackPassword("cb-secret");
        return s;
    }

    public static DashboardUrls urls() {
        return new DashboardUrls(BASE, ACCOUNT);
    }
}
