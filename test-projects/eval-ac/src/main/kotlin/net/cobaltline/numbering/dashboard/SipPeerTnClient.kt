package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.put
import io.ktor.client.statement.bodyAsText
import io.ktor.http.appendPathSegments
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.MessagingSettings
import net.cobaltline.numbering.dashboard.model.SipPeerTelephoneNumber

/** Per-number settings on our SIP peer (location). */
class SipPeerTnClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
    private val templates: TemplateRenderer = TemplateRenderer(),
) {
    suspend fun get(tn: String): SipPeerTelephoneNumber = dashboardCall("get peer tn $tn") {
        http.get { url { sipPeerTns(settings.accountId, settings.siteId, settings.sipPeerId).appendPathSegments(tn) } }.xml()
    }

    suspend fun setSms(tn: String, enabled: Boolean) {
        val body = SipPeerTelephoneNumber(fullNumber = tn, messagingSettings = MessagingSettings(smsEnabled = enabled))
        dashboardCall("sms=$enabled on $tn") {
            http.put {
                url { sipPeerTns(settings.accountId, settings.siteId, settings.sipPeerId).appendPathSegments(tn) }
                xmlBody(body)
            }
        }
    }

    suspend fun setCallForward(tn: String, forwardTo: String) {
        val body = SipPeerTelephoneNumber(fullNumber = tn, callForward = forwardTo)
        dashboardCall("call forward on $tn") {
            http.put(DashboardPaths.path(DashboardPaths.SIPPEER_TN, settings.accountId, settings.siteId, settings.sipPeerId, tn)) {
                xmlBody(body)
            }
        }
    }

    /** Number change: the new number gets the settings of the old one, whatever they are. */
    suspend fun copySettings(from: String, to: String) {
        val current = get(from)
        dashboardCall("copy peer settings $from -> $to") {
            http.put(DashboardPaths.path(DashboardPaths.SIPPEER_TN, settings.accountId, settings.siteId, settings.sipPeerId, to)) {
                xmlBody(current.copy(fullNumber = to))
            }
        }
    }

    suspend fun setCallerIdName(tn: String, display: Boolean) {
        val xml = """
            <SipPeerTelephoneNumber>
                <FullNumber>$tn</FullNumber>
                <CallingNameDisplay>$display</CallingNameDisplay>
            </SipPeerTelephoneNumber>
        """.trimIndent()
        dashboardCall("cnam display on $tn") {
            http.put(DashboardPaths.path(DashboardPaths.SIPPEER_TN, settings.accountId, settings.siteId, settings.sipPeerId, tn)) {
                xmlBody(xml)
            }
        }
    }

    /** Used by the ops console; same as [setSms] but with CNAM display in one round trip. */
    suspend fun setSmsAndCnam(tn: String, enabled: Boolean) {
        val xml = templates.render("sippeer-tn-messaging.xml", mapOf("tn" to tn, "smsEnabled" to enabled))
        dashboardCall("sms+cnam on $tn") {
            http.put(DashboardPaths.path(DashboardPaths.SIPPEER_TN, settings.accountId, settings.siteId, settings.sipPeerId, tn)) {
                xmlBody(xml)
            }
        }
    }

    /** Bulk SMS shut-off used when a customer is suspended for spam. */
    suspend fun disableSms(tns: List<String>): List<String> = tns.map { tn ->
        dashboardCall("sms off $tn") {
            http.put("accounts/${settings.accountId}/sites/${settings.siteId}/sippeers/${settings.sipPeerId}/tns/$tn") {
                xmlBody(
                    """
                    <SipPeerTelephoneNumber>
                        <FullNumber>$tn</FullNumber>
                        <MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings>
                    </SipPeerTelephoneNumber>
                    """.trimIndent(),
                )
            }.bodyAsText()
        }
    }
}
