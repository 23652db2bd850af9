package com.quillcrest.provisioning.dashboard

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class DashboardUrlsTest {

    @Test
    fun `account path joins segments`() {
        assertEquals("/accounts/9900123/sites/30541/sippeers", accountPath("9900123", "sites", "30541", "sippeers"))
    }

    @Test
    fun `e911 address path with and without id`() {
        assertEquals("/accounts/9900123/addresses/88", e911AddressPath("9900123", "88"))
    }

    @Test
    fun `import order path`() {
        assertEquals("/accounts/9900123/importTnOrders/4c1d2e", importOrderPath("9900123", "4c1d2e"))
    }

    @Test
    fun `dashboard link is absolute`() {
        val link = dashboardLink("https://dashboard.bandwidth.com/api", "/accounts/9900123/orders/77")
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/orders/77", link)
    }

    @Test
    fun `test environment host`() {
        assertTrue(DASHBOARD_TEST_BASE.startsWith("https://test.dashboard.bandwidth.com"))
    }

    @Test
    fun `query string skips nulls`() {
        val q = mapOf("quantity" to 10, "state" to null, "rateCenter" to "RALEIGH").toQueryString()
        assertEquals("quantity=10&rateCenter=RALEIGH", q)
    }
}
