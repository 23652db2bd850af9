package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import io.ktor.http.appendPathSegments
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.InServiceNumbers
import java.text.MessageFormat

class InServiceNumbersClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
) {
    suspend fun page(areaCode: String, page: Int): InServiceNumbers = dashboardCall("inservice $areaCode p$page") {
        http.get("accounts/${settings.accountId}/inserviceNumbers?areacode=$areaCode&page=$page&size=$PAGE_SIZE").xml()
    }

    suspend fun forSite(siteId: String, areaCode: String): InServiceNumbers = dashboardCall("site inservice") {
        http.get {
            url { site(settings.accountId, siteId).appendPathSegments("inserviceNumbers") }
            areaCodeFilter(areaCode)
            paging(1, PAGE_SIZE)
        }.xml()
    }

    /** One call for several area codes; the Dashboard ORs repeated filters. */
    suspend fun forAreaCodes(areaCodes: List<String>): InServiceNumbers {
        val query = buildString {
            areaCodes.forEachIndexed { i, ac ->
                if (i > 0) append('&')
                append("areaCode=").append(ac)
            }
            append("&size=").append(PAGE_SIZE)
        }
        return dashboardCall("inservice ${areaCodes.size} area codes") {
            http.get("accounts/${settings.accountId}/inserviceNumbers?$query").xml()
        }
    }

    suspend fun siteTotals(siteId: String, areaCode: String): String = dashboardCall("site totals $siteId") {
        val url = MessageFormat.format(
            "{0}accounts/{1}/sites/{2}/inserviceNumbers/totals?areaCode={3}",
            settings.normalizedBaseUrl, settings.accountId, siteId, areaCode,
        )
        http.get(url).bodyAsText()
    }

    suspend fun totals(): String = dashboardCall("inservice totals") {
        http.get("accounts/${settings.accountId}/inserviceNumbers/totals").bodyAsText()
    }

    companion object {
        const val PAGE_SIZE = 500
    }
}
