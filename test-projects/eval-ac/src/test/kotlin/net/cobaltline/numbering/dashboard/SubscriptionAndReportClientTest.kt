package net.cobaltline.numbering.dashboard

import io.ktor.client.request.post
import io.ktor.http.HttpStatusCode
import kotlinx.coroutines.test.runTest
import net.cobaltline.numbering.config.ReportSettings
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class SubscriptionAndReportClientTest {

    @Test
    fun `order subscription posts a callback subscription`() = runTest {
        val recorder = RecordingEngine()
        val client = SubscriptionClient(recorder.dashboardClient(), TestSettings.dashboard)

        val id = client.subscribeOrders()

        assertTrue(recorder.last().url.encodedPath.endsWith("/accounts/9900012/subscriptions"))
        assertTrue(recorder.last().body.contains("<OrderType>orders</OrderType>"))
        assertEquals(RecordingEngine.LOCATION_ID, id)
    }

    @Test
    fun `raw subscription body is accepted as is`() = runTest {
        val recorder = RecordingEngine()
        val http = recorder.dashboardClient()
        dashboardCall("raw subscription") {
            http.post(DashboardPaths.path(DashboardPaths.SUBSCRIPTIONS, TestSettings.ACCOUNT)) {
                xmlBody(
                    """
                    <Subscription>
                        <OrderType>portins</OrderType>
                        <EmailSubscription>
                            <Email>noc@cobaltline.net</Email>
                            <DigestRequested>DAILY</DigestRequested>
                        </EmailSubscription>
                    </Subscription>
                    """.trimIndent(),
                )
            }
        }
        assertTrue(recorder.last().body.startsWith("<Subscription>"))
    }

    @Test
    fun `inventory report instance`() = runTest {
        val recorder = RecordingEngine { HttpStatusCode.Created to "" }
        val reports = ReportClient(TestSettings.dashboard, recorder.engine)

        reports.requestInventory("1014")

        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/reports/1014/instances", recorder.last().url.toString())
        assertTrue(recorder.last().body.contains("<Name>Account</Name>"))
    }

    @Test
    fun `report download uses the configured host`() = runTest {
        val recorder = RecordingEngine.ok("Iris Telephone Number Inventory Report\n")
        val settings = TestSettings.dashboard.copy(reports = ReportSettings(downloadBaseUrl = "https://test.dashboard.bandwidth.com/v1.0"))
        ReportClient(settings, recorder.engine).download("1014", "inst-1")

        assertEquals("test.dashboard.bandwidth.com", recorder.last().url.host)
    }
}
