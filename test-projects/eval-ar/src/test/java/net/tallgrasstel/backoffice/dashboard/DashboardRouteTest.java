package net.tallgrasstel.backoffice.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardRouteTest {

    private final DashboardRoute.Expander expander = new DashboardRoute.Expander("https://dashboard.bandwidth.com/api", "9900778");

    @Test
    void expandsAccountFromConfiguration() {
        assertEquals("/accounts/9900778/sites", expander.expand(DashboardRoute.SITES, Map.of()));
    }

    @Test
    void buildsFullUrlForE911Addresses() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900778/addresses",
                expander.url(DashboardRoute.E911_ADDRESSES).toString());
    }

    @Test
    void encodesPlaceholderValues() {
        String path = expander.expand(DashboardRoute.TN_DETAILS, Map.of("tn", "+19135550160"));
        assertEquals("/tns/%2B19135550160/tndetails", path);
    }

    @Test
    void failsOnMissingPlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> expander.expand(DashboardRoute.ORDER, Map.of()));
    }

    @Test
    void searchRoutesCarryQueries() {
        assertTrue(DashboardRoute.AVAILABLE_NUMBERS_BY_ZIP.hasQuery());
        assertTrue(DashboardRoute.INSERVICE_BY_AREA_CODE.hasQuery());
    }
}
