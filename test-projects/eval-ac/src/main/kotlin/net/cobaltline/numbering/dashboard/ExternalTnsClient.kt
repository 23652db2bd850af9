package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.statement.bodyAsText
import io.ktor.http.appendPathSegments
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.ExternalTnsOrder

/** External TNs: numbers we message on while another carrier keeps them. */
class ExternalTnsClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
) {
    suspend fun submit(order: ExternalTnsOrder): String = dashboardCall("externalTns ${order.action}") {
        http.post(DashboardPaths.EXTERNAL_TNS.format(settings.accountId)) { xmlBody(order) }.bodyAsText()
    }

    suspend fun status(orderId: String): String = dashboardCall("externalTns status $orderId") {
        http.get {
            url {
                account(settings.accountId)
                appendPathSegments("externalTns", orderId)
            }
        }.bodyAsText()
    }

    suspend fun listByStatus(status: String): String = dashboardCall("externalTns list") {
        http.get("accounts/${settings.accountId}/externalTns?status=$status").bodyAsText()
    }

    suspend fun loas(orderId: String): String = dashboardCall("externalTns loas $orderId") {
        http.get(String.format("%saccounts/%s/externalTns/%s/loas", settings.normalizedBaseUrl, settings.accountId, orderId))
            .bodyAsText()
    }
}
