package com.harborline.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DashboardPathsTest {

    @Test
    void e911AddressPath() {
        assertEquals("/accounts/9900001/addresses/A-1", DashboardPaths.e911Address("9900001", "A-1"));
    }

    @Test
    void importOrderPath() {
        assertEquals("/accounts/9900001/importTnOrders/ORD-1", DashboardPaths.importOrder("9900001", "ORD-1"));
    }

    @Test
    void externalTnsPath() {
        assertEquals("/accounts/9900001/externalTns", DashboardPaths.externalTns("9900001"));
    }

    @Test
    void tnOptionsPath() {
        assertEquals("/accounts/9900001/tnoptions", DashboardPaths.tnOptionOrders("9900001"));
    }

    @Test
    void v2InserviceCarriesCountry() {
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900001/inserviceNumbers?countryCodeA3=USA&areaCode=919",
                DashboardPaths.v2InserviceNumbers("9900001", "USA", "919"));
    }
}
