package com.bluepinenet.cdrpipeline.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DashboardPathsTest {

    private static final String ACCOUNT = "9900123";

    @Test
    void e911Addresses() {
        assertEquals("/accounts/9900123/addresses", DashboardPaths.e911Addresses(ACCOUNT));
    }

    @Test
    void inserviceByAreaCode() {
        assertEquals("/accounts/9900123/inserviceNumbers?areacode=919", DashboardPaths.inserviceByAreaCode(ACCOUNT, "919"));
    }

    @Test
    void availableNumbersKeepsQuantityUngrouped() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/availableNumbers?areaCode=984&quantity=1500",
                DashboardPaths.availableNumbers("https://dashboard.bandwidth.com/api", ACCOUNT, "984", 1500));
    }

    @Test
    void importHistory() {
        assertEquals("/accounts/9900123/importTnOrders/b7c1f0aa-19e2-4c6b-9d38-2f0e1c9a7d11/history",
                DashboardPaths.importHistory(ACCOUNT, "b7c1f0aa-19e2-4c6b-9d38-2f0e1c9a7d11"));
    }

    @Test
    void portinsForTn() {
        String path = DashboardPaths.portinsForTn(ACCOUNT, "9195550175");
        assertEquals("/accounts/9900123/portins?tn=9195550175", path);
    }

    @Test
    void tnDetails() {
        String path = DashboardPaths.tnDetails("9195550111");
        assertEquals("/tns/9195550111/tndetails", path);
    }
}
