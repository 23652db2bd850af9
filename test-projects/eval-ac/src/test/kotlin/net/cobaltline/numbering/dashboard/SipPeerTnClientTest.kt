package net.cobaltline.numbering.dashboard

import io.ktor.client.request.put
import io.ktor.http.HttpMethod
import io.ktor.http.HttpStatusCode
import kotlinx.coroutines.test.runTest
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import net.cobaltline.numbering.support.TestSettings.fixture
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

class SipPeerTnClientTest {
    private val recorder = RecordingEngine()
    private val http = recorder.dashboardClient()
    private val sipPeerTns = SipPeerTnClient(http, TestSettings.dashboard)
    private val tnOptions = TnOptionsClient(http, TestSettings.dashboard)

    @Test
    fun `sms on a legacy peer number goes through sippeers tns`() = runTest {
        sipPeerTns.setSms("9195557777", enabled = true)

        val request = recorder.last()
        assertEquals(HttpMethod.Put, request.method)
        assertEquals("/api/accounts/9900012/sites/461/sippeers/303716/tns/9195557777", request.url.encodedPath)
        assertTrue(request.body.contains("<SmsEnabled>true</SmsEnabled>"))
    }

    @Test
    fun `call forward update has no messaging settings`() = runTest {
        sipPeerTns.setCallForward("9195557778", forwardTo = "9195550000")

        assertFalse(recorder.last().body.contains("MessagingSettings"))
    }

    @Test
    fun `suspension disables sms number by number`() = runTest {
        sipPeerTns.disableSms(listOf("9195557779", "9195557780"))
        assertEquals(2, recorder.requests.size)
    }

    @Test
    fun `400 from the Dashboard becomes a DashboardException`() = runTest {
        val rejecting = RecordingEngine { HttpStatusCode.BadRequest to fixture("sippeer-tn-400.xml") }
        val client = rejecting.dashboardClient()

        val error = assertFailsWith<DashboardException> {
            dashboardCall("sms on") {
                client.put("accounts/9900012/sites/461/sippeers/303716/tns/+19195557790") {
                    xmlBody(
                        "<SipPeerTelephoneNumber><FullNumber>+19195557790</FullNumber>" +
                            "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>",
                    )
                }
            }
        }
        assertEquals("400", error.errorCode)
    }

    @Test
    fun `tn option order normalises numbers`() = runTest {
        tnOptions.setSms(listOf("9195557777", "+19195557781"), on = true)

        val request = recorder.last()
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900012/tnoptions", request.url.toString())
        assertTrue(request.body.contains("<TelephoneNumber>+19195557777</TelephoneNumber>"))
        assertTrue(request.body.contains("<Sms>on</Sms>"))
    }
}
