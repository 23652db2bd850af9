package net.cobaltline.numbering.dashboard

import io.ktor.http.HttpMethod
import kotlinx.coroutines.test.runTest
import net.cobaltline.numbering.dashboard.model.OrderResponse
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import net.cobaltline.numbering.support.TestSettings.fixture
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class OrderClientTest {
    private val recorder = RecordingEngine.ok(fixture("order-response.xml"))
    private val client = OrderClient(recorder.dashboardClient(), TestSettings.dashboard)

    @Test
    fun `existing numbers order posts the TN list`() = runTest {
        val response = client.orderExisting("CL-20240601-42-2", listOf("6672286710", "5756186700"))

        val request = recorder.last()
        assertEquals(HttpMethod.Post, request.method)
        assertTrue(request.url.encodedPath.endsWith("/accounts/9900012/orders"))
        assertTrue(request.body.contains("<TelephoneNumber>6672286710</TelephoneNumber>"))
        assertEquals("RECEIVED", response.orderStatus)
    }

    @Test
    fun `numbers from the billing export are accepted`() = runTest {
        val fromBilling = 9845550100L
        client.orderExisting("CL-20240601-43-1", listOf(fromBilling.toString(), "19845550101"))

        assertTrue(recorder.last().body.contains("<PeerId>303716</PeerId>"))
    }

    @Test
    fun `area code order carries the area code`() = runTest {
        client.orderByAreaCode("POOL-919-1", 919, 20)
        assertTrue(recorder.last().body.contains("<AreaCode>919</AreaCode>"))
    }

    @Test
    fun `completed numbers are read from the response`() {
        val response = DashboardXml.read<OrderResponse>(fixture("order-response.xml"))
        assertEquals(listOf(6672286710L, 5756186700L), OrderClient.completedNumbers(response))
    }

    @Test
    fun `smoke order uses the template`() = runTest {
        client.smokeOrder("2024-06-01")
        assertTrue(recorder.last().body.contains("<CustomerOrderId>smoke-2024-06-01</CustomerOrderId>"))
    }
}
