package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.statement.bodyAsText
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.TnOptionGroup
import net.cobaltline.numbering.dashboard.model.TnOptionOrder
import net.cobaltline.numbering.numbers.toE164
import java.util.UUID

/**
 * TN option orders. Moved to the v2 host ahead of everything else because SMS campaigns
 * (A2P) only work there; see PROV-1182.
 */
class TnOptionsClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
    private val templates: TemplateRenderer = TemplateRenderer(),
) {
    suspend fun setSms(tns: List<String>, on: Boolean): String {
        val order = TnOptionOrder(
            customerOrderId = "sms-" + UUID.randomUUID(),
            groups = listOf(TnOptionGroup(sms = if (on) "on" else "off", telephoneNumbers = tns.map { it.toE164() })),
        )
        return dashboardCall("tn option sms=$on") {
            http.post(V2_TN_OPTIONS.format(settings.accountId)) { xmlBody(order) }.bodyAsText()
        }
    }

    suspend fun setSmsFromTemplate(tns: List<String>, on: Boolean): String {
        val xml = templates.render(
            "tn-option-sms.xml",
            mapOf(
                "customerOrderId" to "sms-" + UUID.randomUUID(),
                "sms" to if (on) "on" else "off",
                "telephoneNumbers" to TemplateRenderer.telephoneNumberElements(tns.map { it.toE164() }, "                "),
            ),
        )
        return dashboardCall("tn option sms=$on (template)") {
            http.post(V2_TN_OPTIONS.format(settings.accountId)) { xmlBody(xml) }.bodyAsText()
        }
    }

    suspend fun order(orderId: String): String = dashboardCall("tn option order $orderId") {
        http.get("$V2_BASE/accounts/${settings.accountId}/tnoptions/$orderId").bodyAsText()
    }

    companion object {
        const val V2_BASE = "https://dashboard.bandwidth.com/api/v2"
        const val V2_TN_OPTIONS = "https://dashboard.bandwidth.com/api/v2/accounts/%s/tnoptions"
    }
}
