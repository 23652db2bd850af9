package net.cobaltline.numbering.config

import io.ktor.server.config.ApplicationConfig

data class DashboardSettings(
    val baseUrl: String,
    val accountId: String,
    val username: String,
    val password: String,
    val siteId: String = DashboardDefaults.DEFAULT_SITE_ID,
    val sipPeerId: String = DashboardDefaults.DEFAULT_SIP_PEER_ID,
    val requestTimeoutMillis: Long = 30_000,
    val defaultQuantity: Int = DashboardDefaults.DEFAULT_QUANTITY,
    val callback: CallbackSettings = CallbackSettings(),
    val reports: ReportSettings = ReportSettings(),
) {
    /** Base URL with exactly one trailing slash, as Ktor's defaultRequest wants it. */
    val normalizedBaseUrl: String get() = baseUrl.trimEnd('/') + "/"

    override fun toString(): String = "DashboardSettings(baseUrl=$baseUrl, accountId=$accountId, user=$username)"
}

data class CallbackSettings(
    val publicUrl: String = "http://localhost:8080/callbacks/dashboard/orders",
    val username: String = "dashboard-cb",
    val password: String = "",
    val expiry: String = DashboardDefaults.CALLBACK_EXPIRY.toString(),
)

data class ReportSettings(
    val inventoryReportId: String = "1014",
    val downloadBaseUrl: String = "https://dashboard.bandwidth.com/v1.0",
    val pollSeconds: Long = 30,
)

fun ApplicationConfig.dashboardSettings(): DashboardSettings {
    val dashboard = config("dashboard")
    fun opt(path: String): String? = dashboard.propertyOrNull(path)?.getString()
    return DashboardSettings(
        baseUrl = opt("baseUrl") ?: DashboardDefaults.baseUrl(),
        accountId = dashboard.property("accountId").getString(),
        username = opt("username") ?: "",
        password = opt("password") ?: "",
        siteId = opt("siteId") ?: DashboardDefaults.DEFAULT_SITE_ID,
        sipPeerId = opt("sipPeerId") ?: DashboardDefaults.DEFAULT_SIP_PEER_ID,
        requestTimeoutMillis = opt("requestTimeoutMillis")?.toLong() ?: 30_000,
        defaultQuantity = opt("search.defaultQuantity")?.toInt() ?: DashboardDefaults.DEFAULT_QUANTITY,
        callback = CallbackSettings(
            publicUrl = opt("callbacks.publicUrl") ?: CallbackSettings().publicUrl,
            username = opt("callbacks.username") ?: "dashboard-cb",
            password = opt("callbacks.password") ?: "",
            expiry = opt("callbacks.expiry") ?: DashboardDefaults.CALLBACK_EXPIRY.toString(),
        ),
        reports = ReportSettings(
            inventoryReportId = opt("reports.inventoryReportId") ?: "1014",
            downloadBaseUrl = opt("reports.downloadBaseUrl") ?: ReportSettings().downloadBaseUrl,
            pollSeconds = opt("reports.pollSeconds")?.toLong() ?: 30,
        ),
    )
}
