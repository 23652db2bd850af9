package net.cascadiatel.provisioning.iris;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DashboardPathsTest {

    private final DashboardPaths paths = new DashboardPaths("https://dashboard.bandwidth.com/api/", "9900123");

    @Test
    public void stripsTrailingSlashFromBase() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123", paths.account());
    }

    @Test
    public void e911Addresses() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses", paths.e911Addresses());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/ad-77", paths.e911Address("ad-77"));
    }

    @Test
    public void hostedMessaging() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders", paths.importTnOrders());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/ord-1", paths.importTnOrder("ord-1"));
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/removeImportedTnOrders", paths.removeImportedTnOrders());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/externalTns", paths.externalTns());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/importTnChecker", paths.importTnChecker());
    }

    @Test
    public void sipPeerTns() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/sites/41187/sippeers/552901/tns",
                paths.sipPeerTns("41187", "552901"));
    }

    @Test
    public void pilotBaseIsAlreadyVersioned() {
        DashboardPaths pilot = new DashboardPaths("https://dashboard.bandwidth.com/api/v2", "9900555");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900555/tnoptions", pilot.tnOptions());
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900555/e911Addresses",
                pilot.account() + "/e911Addresses");
    }
}
