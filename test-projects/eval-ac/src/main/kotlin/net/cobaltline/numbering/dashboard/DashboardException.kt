package net.cobaltline.numbering.dashboard

import io.ktor.client.plugins.ResponseException
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpStatusCode
import org.slf4j.LoggerFactory

class DashboardException(
    val status: HttpStatusCode,
    val errorCode: String?,
    override val message: String,
) : RuntimeException(message)

private val log = LoggerFactory.getLogger("net.cobaltline.numbering.dashboard.Errors")
private val errorCodeRegex = Regex("<ErrorCode>(\\d+)</ErrorCode>")
private val descriptionRegex = Regex("<Description>(.*?)</Description>", RegexOption.DOT_MATCHES_ALL)

/** Runs a Dashboard call and turns Ktor's response exceptions into [DashboardException]. */
suspend fun <T> dashboardCall(what: String, block: suspend () -> T): T =
    try {
        block()
    } catch (e: ResponseException) {
        val body = runCatching { e.response.bodyAsText() }.getOrDefault("")
        val code = errorCodeRegex.find(body)?.groupValues?.get(1)
        val description = descriptionRegex.find(body)?.groupValues?.get(1)?.trim()
        if (e.response.status == HttpStatusCode.NotFound) {
            // Seen during the 2023 outage: https://dashboard.bandwidth.com/api/accounts/{id}/... answered 404 for minutes
            log.warn("Dashboard 404 for {} (path like https://dashboard.bandwidth.com/api/accounts/{id}/...), will retry", what)
        }
        throw DashboardException(e.response.status, code, "$what failed: ${description ?: e.response.status.description}")
    }
