package net.cobaltline.numbering.dashboard

import kotlinx.coroutines.test.runTest
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import net.cobaltline.numbering.support.TestSettings.fixture
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class NumberSearchClientTest {
    private val recorder = RecordingEngine.ok(fixture("available-numbers.xml"))
    private val client = NumberSearchClient(recorder.dashboardClient(), TestSettings.dashboard)

    @Test
    fun `area code search sends areaCode and quantity`() = runTest {
        val numbers = client.byAreaCode("919", 5)

        assertEquals(
            "https://dashboard.bandwidth.com/api/accounts/9900012/availableNumbers?areaCode=919&quantity=5",
            recorder.last().url.toString(),
        )
        assertEquals(listOf("9195551001", "9195551002", "9195551003"), numbers)
    }

    @Test
    fun `country search sends countryCodeA3 first`() = runTest {
        client.byAreaCodeInCountry("CAN", "613", 3)

        val url = recorder.last().url
        assertEquals("CAN", url.parameters["countryCodeA3"])
        assertEquals("613", url.parameters["areaCode"])
    }

    @Test
    fun `npanxx search has no area code filter`() = runTest {
        client.byNpaNxx("919555", 2)
        assertTrue("areaCode" !in recorder.last().url.parameters.names())
    }

    @Test
    fun `vanity search keeps the pattern`() = runTest {
        client.vanity(919, "PIZZA")
        assertEquals("PIZZA", recorder.last().url.parameters["localVanity"])
    }
}
