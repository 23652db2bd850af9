package net.cobaltline.numbering.dashboard

import kotlinx.coroutines.test.runTest
import net.cobaltline.numbering.dashboard.model.ExternalTnsOrder
import net.cobaltline.numbering.dashboard.model.ImportTnOrder
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class HostedMessagingClientTest {
    private val recorder = RecordingEngine.ok("<ImportTnOrderResponse><ImportTnOrder><OrderId>io-1</OrderId></ImportTnOrder></ImportTnOrderResponse>")
    private val http = recorder.dashboardClient()
    private val hosted = HostedMessagingClient(http, TestSettings.dashboard)
    private val external = ExternalTnsClient(http, TestSettings.dashboard)

    @Test
    fun `import posts the order`() = runTest {
        val order = ImportTnOrder.of("HM-1", TestSettings.SITE, TestSettings.PEER, "Pat Smith", listOf("9199918388", "4158714245"))
        val response = hosted.import(order)

        assertEquals("/api/accounts/9900012/importTnOrders", recorder.last().url.encodedPath)
        assertTrue(recorder.last().body.contains("<LoaAuthorizingPerson>Pat Smith</LoaAuthorizingPerson>"))
        assertEquals("io-1", response.order?.orderId)
    }

    @Test
    fun `template import lists the numbers`() = runTest {
        val values = mapOf(
            "customerOrderId" to "HM-2", "siteId" to TestSettings.SITE, "sipPeerId" to TestSettings.PEER,
            "subscriberName" to "Oak City Dental", "houseNumber" to "301", "streetName" to "Fayetteville St",
            "city" to "Raleigh", "stateCode" to "NC", "zip" to "27601", "loaPerson" to "Pat Smith",
        )
        hosted.importFromTemplate(values, listOf("9192150003"))
        assertTrue(recorder.last().body.contains("<SiteId>461</SiteId>"))
    }

    @Test
    fun `history path`() = runTest {
        hosted.history("io-1")
        assertTrue(recorder.last().url.encodedPath.endsWith("/importTnOrders/io-1/history"))
    }

    @Test
    fun `removal sends E164 numbers`() = runTest {
        hosted.remove("HMR-1", listOf("+14352154439", "+14352154466"))
        assertTrue(recorder.last().url.encodedPath.endsWith("/removeImportedTnOrders"))
    }

    @Test
    fun `checker is a plain post`() = runTest {
        hosted.check(listOf("+19199918388"))
        assertTrue(recorder.last().url.encodedPath.endsWith("/importTnChecker"))
    }

    @Test
    fun `external tns import for legacy contracts`() = runTest {
        external.submit(
            ExternalTnsOrder(
                customerOrderId = "EXT-2019-044",
                siteId = TestSettings.SITE,
                sipPeerId = TestSettings.PEER,
                action = "IMPORT",
                telephoneNumbers = listOf("4352154466"),
            ),
        )
        assertEquals("/api/accounts/9900012/externalTns", recorder.last().url.encodedPath)
    }

    @Test
    fun `external tns status`() = runTest {
        external.status("ext-9")
        assertTrue(recorder.last().url.encodedPath.endsWith("/externalTns/ext-9"))
    }
}
