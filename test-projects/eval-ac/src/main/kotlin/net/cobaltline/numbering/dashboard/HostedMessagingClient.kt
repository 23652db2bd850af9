package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.URLBuilder
import io.ktor.http.encodedPath
import io.ktor.http.appendPathSegments
import io.ktor.http.contentType
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.ImportTnOrder
import net.cobaltline.numbering.dashboard.model.ImportTnOrderResponse
import net.cobaltline.numbering.dashboard.model.RemoveImportedTnOrder

/**
 * Hosted messaging: SMS on numbers whose voice stays with another carrier.
 */
class HostedMessagingClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
    private val templates: TemplateRenderer = TemplateRenderer(),
) {
    suspend fun import(order: ImportTnOrder): ImportTnOrderResponse = dashboardCall("import ${order.customerOrderId}") {
        http.post("accounts/${settings.accountId}/importTnOrders") { xmlBody(order) }.xml()
    }

    suspend fun importFromTemplate(values: Map<String, Any>, tns: List<String>): ImportTnOrderResponse {
        val xml = templates.render(
            "import-tn-order.xml",
            values + ("telephoneNumbers" to TemplateRenderer.telephoneNumberElements(tns)),
        )
        return dashboardCall("import (template)") {
            http.post(DashboardPaths.path(DashboardPaths.IMPORT_TN_ORDERS, settings.accountId)) { xmlBody(xml) }.xml()
        }
    }

    suspend fun history(orderId: String): String = dashboardCall("import history $orderId") {
        http.get("${settings.normalizedBaseUrl}accounts/${settings.accountId}/importTnOrders/$orderId/history").bodyAsText()
    }

    suspend fun uploadLoa(orderId: String, pdf: ByteArray) {
        dashboardCall("upload LOA $orderId") {
            http.post {
                url {
                    account(settings.accountId)
                    appendPathSegments("importTnOrders", orderId, "loas")
                }
                contentType(ContentType.Application.Pdf)
                setBody(pdf)
            }
        }
    }

    /** Link put in the customer e-mail so support can open the LOA we uploaded. */
    fun loaLink(orderId: String, fileName: String): String =
        URLBuilder("https://dashboard.bandwidth.com").apply {
            encodedPath = "/api/accounts/${settings.accountId}/importTnOrders/$orderId/loas/$fileName"
        }.buildString()

    suspend fun remove(customerOrderId: String, tns: List<String>): String = dashboardCall("remove imported") {
        http.post(DashboardPaths.path(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS, settings.accountId)) {
            xmlBody(RemoveImportedTnOrder(customerOrderId, tns))
        }.bodyAsText()
    }

    suspend fun removalStatus(orderId: String): String = dashboardCall("removal status $orderId") {
        http.get("accounts/${settings.accountId}/removeImportedTnOrders/$orderId").bodyAsText()
    }

    /** Portability check before an import; unchanged by the numbers API move. */
    suspend fun check(tns: List<String>): String = dashboardCall("import check") {
        val body = "<ImportTnCheckerPayload><TelephoneNumbers>" +
            tns.joinToString("") { "<TelephoneNumber>$it</TelephoneNumber>" } +
            "</TelephoneNumbers></ImportTnCheckerPayload>"
        http.post(DashboardPaths.path(DashboardPaths.IMPORT_TN_CHECKER, settings.accountId)) { xmlBody(body) }.bodyAsText()
    }

    /** Voice imports (cloud PBX customers). Written for the new route from the start. */
    suspend fun voiceImports(): String = dashboardCall("voice imports") {
        http.get("accounts/${settings.accountId}/importTnOrders/voice").bodyAsText()
    }
}
