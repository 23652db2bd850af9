package net.cobaltline.numbering.dashboard

import io.ktor.http.HttpMethod
import kotlinx.coroutines.test.runTest
import net.cobaltline.numbering.dashboard.model.E911Address
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import net.cobaltline.numbering.support.TestSettings.fixture
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class E911AddressClientTest {
    private val recorder = RecordingEngine.ok(fixture("e911-addresses.xml"))
    private val client = E911AddressClient(recorder.dashboardClient(), TestSettings.dashboard)

    @Test
    fun `lists addresses of the account`() = runTest {
        val addresses = client.list()

        assertTrue(recorder.last().url.encodedPath.endsWith("/accounts/9900012/addresses"))
        assertEquals(2, addresses.size)
        assertEquals("27601", addresses.first().zip)
    }

    @Test
    fun `gets one address`() = runTest {
        client.get("a-77")
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/addresses/a-77", recorder.last().url.toString())
    }

    @Test
    fun `creates an address and returns its id`() = runTest {
        val id = client.create(
            E911Address(houseNumber = "900", streetName = "Main Campus Dr", city = "Raleigh", stateCode = "NC", zip = "27606"),
        )
        assertEquals(HttpMethod.Post, recorder.last().method)
        assertEquals(RecordingEngine.LOCATION_ID, id)
    }

    @Test
    fun `zip search`() = runTest {
        client.findByZip("27601")
        assertEquals("27601", recorder.last().url.parameters["zip"])
    }
}
