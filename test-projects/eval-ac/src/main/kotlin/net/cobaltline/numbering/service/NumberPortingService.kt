package net.cobaltline.numbering.service

import io.ktor.client.HttpClient
import io.ktor.client.request.post
import io.ktor.client.statement.bodyAsText
import net.cobaltline.numbering.api.PortRequest
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.dashboardCall
import net.cobaltline.numbering.dashboard.xmlBody
import net.cobaltline.numbering.store.PortRequestDao

/** Retail port-ins, raw XML against the Dashboard's portins resource. */
class NumberPortingService(
    private val http: HttpClient,
    private val settings: DashboardSettings,
    private val ports: PortRequestDao,
) {
    private val orderIdPattern = Regex("<OrderId>([^<]+)</OrderId>")

    suspend fun submit(request: PortRequest): String {
        val xml = buildString {
            append("<LnpOrder>")
            append("<CustomerOrderId>PORT-").append(request.customerId).append("</CustomerOrderId>")
            append("<SiteId>").append(settings.siteId).append("</SiteId>")
            append("<PeerId>").append(settings.sipPeerId).append("</PeerId>")
            append("<BillingTelephoneNumber>").append(request.billingTelephoneNumber).append("</BillingTelephoneNumber>")
            append("<LoaAuthorizingPerson>").append(request.authorizingPerson).append("</LoaAuthorizingPerson>")
            append("<ListOfPhoneNumbers>")
            request.numbers.forEach { append("<PhoneNumber>").append(it).append("</PhoneNumber>") }
            append("</ListOfPhoneNumbers>")
            append("</LnpOrder>")
        }
        val body = dashboardCall("port-in for ${request.customerId}") {
            http.post("accounts/${settings.accountId}/portins") { xmlBody(xml) }.bodyAsText()
        }
        val orderId = orderIdPattern.find(body)?.groupValues?.get(1) ?: error("no OrderId in port-in response")
        ports.create(orderId, request.billingTelephoneNumber)
        return orderId
    }
}
