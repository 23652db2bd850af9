package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.http.appendPathSegments
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.AvailableNpaNxx
import net.cobaltline.numbering.dashboard.model.NpaNxxSearchResult

class NpaNxxClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
) {
    suspend fun exchanges(areaCode: Int, minQuantity: Int = 1): List<AvailableNpaNxx> {
        val path = "accounts/%s/availableNpaNxx?areaCode=%d&quantity=%d".format(settings.accountId, areaCode, minQuantity)
        val result: NpaNxxSearchResult = dashboardCall("npanxx $areaCode") { http.get(path).xml() }
        // overlays come back mixed in; keep the NPA we asked for
        return result.entries.filter { it.npa == areaCode }
    }

    suspend fun exchangesInAreaCodeAndState(areaCode: String, state: String): List<AvailableNpaNxx> =
        dashboardCall("npanxx $areaCode/$state") {
            http.get {
                url {
                    account(settings.accountId)
                    appendPathSegments("availableNpaNxx")
                    parameters["areaCode"] = areaCode
                    parameters["state"] = state
                }
            }.xml<NpaNxxSearchResult>().entries
        }

    suspend fun exchangesInState(state: String): List<AvailableNpaNxx> =
        dashboardCall("npanxx state $state") {
            http.get("accounts/${settings.accountId}/availableNpaNxx?state=$state").xml<NpaNxxSearchResult>().entries
        }
}
