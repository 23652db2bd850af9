package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.basic
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpHeaders
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.ReportInstance
import net.cobaltline.numbering.dashboard.model.ReportParameter
import java.time.LocalDate

/**
 * Report instances. Has its own HttpClient: report files can take minutes to stream.
 */
class ReportClient(
    private val settings: DashboardSettings,
    engine: HttpClientEngine = CIO.create(),
    private val templates: TemplateRenderer = TemplateRenderer(),
) {
    private val http = HttpClient(engine) {
        expectSuccess = true
        install(HttpTimeout) { requestTimeoutMillis = 10 * 60 * 1000L }
        install(Auth) {
            basic {
                sendWithoutRequest { true }
                credentials { BasicAuthCredentials(settings.username, settings.password) }
            }
        }
        defaultRequest { url("https://dashboard.bandwidth.com/api/") }
    }

    /** Starts the nightly TN inventory report; returns the instance id. */
    suspend fun requestInventory(reportId: String = settings.reports.inventoryReportId): String {
        val instance = ReportInstance(
            outputFormat = "csv",
            parameters = listOf(
                ReportParameter("Account", settings.accountId),
                ReportParameter("Sub-account", settings.siteId),
            ),
            expiresAt = LocalDate.now().plusDays(7).toString(),
        )
        return start(reportId, instance)
    }

    /** Port-in activity for finance, PDF, monthly. */
    suspend fun requestPortActivity(reportId: String): String {
        val xml = templates.render(
            "report-instance.xml",
            mapOf("accountId" to settings.accountId, "siteId" to settings.siteId, "expiresAt" to LocalDate.now().plusDays(30)),
        )
        return start(reportId, xml)
    }

    /** Usage report read by the billing team's own parser, which handles +1 numbers. */
    suspend fun requestUsage(reportId: String): String =
        start(reportId, ReportInstance(outputFormat = "csv", numberFormat = "E164", expiresAt = LocalDate.now().plusDays(3).toString()))

    suspend fun instanceStatus(reportId: String, instanceId: String): String = dashboardCall("report status") {
        http.get(DashboardPaths.path(DashboardPaths.REPORT_INSTANCES, settings.accountId, reportId) + "/" + instanceId).bodyAsText()
    }

    suspend fun download(reportId: String, instanceId: String): String = dashboardCall("report download") {
        http.get("${settings.reports.downloadBaseUrl}/accounts/${settings.accountId}/reports/$reportId/instances/$instanceId/file")
            .bodyAsText()
    }

    private suspend fun start(reportId: String, payload: Any): String = dashboardCall("report instance $reportId") {
        val response = http.post(DashboardPaths.path(DashboardPaths.REPORT_INSTANCES, settings.accountId, reportId)) {
            xmlBody(payload)
        }
        response.headers[HttpHeaders.Location]?.substringAfterLast('/') ?: error("no Location")
    }
}
