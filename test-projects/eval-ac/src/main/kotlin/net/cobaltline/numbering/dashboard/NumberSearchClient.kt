package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.parameter
import io.ktor.http.appendPathSegments
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.SearchResult

/** availableNumbers searches. Returns the numbers exactly as the Dashboard lists them. */
class NumberSearchClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
) {
    suspend fun byAreaCode(areaCode: String, quantity: Int = settings.defaultQuantity): List<String> =
        dashboardCall("search $areaCode") {
            val result: SearchResult = http.get {
                url {
                    account(settings.accountId)
                    appendPathSegments("availableNumbers")
                    parameters.append("areaCode", areaCode)
                    parameters.append("quantity", quantity.toString())
                }
            }.xml()
            // the Dashboard sometimes pads the list with reserved numbers in another format
            result.telephoneNumbers.filter { it.length == 10 }
        }

    suspend fun byNpaNxx(npaNxx: String, quantity: Int = settings.defaultQuantity): List<String> =
        dashboardCall("search npanxx $npaNxx") {
            http.get("accounts/${settings.accountId}/availableNumbers") {
                parameter("npaNxx", npaNxx)
                parameter("quantity", quantity)
            }.xml<SearchResult>().telephoneNumbers
        }

    suspend fun byRateCenter(rateCenter: String, state: String, quantity: Int): List<String> =
        dashboardCall("search rate center $rateCenter") {
            http.get("accounts/${settings.accountId}/availableNumbers") {
                parameter("rateCenter", rateCenter)
                parameter("state", state)
                parameter("quantity", quantity)
            }.xml<SearchResult>().telephoneNumbers
        }

    /** Canada and the UK pilot: written against the v2 docs, already sends the country. */
    suspend fun byAreaCodeInCountry(countryCodeA3: String, areaCode: String, quantity: Int): List<String> =
        dashboardCall("search $countryCodeA3/$areaCode") {
            http.get("accounts/${settings.accountId}/availableNumbers") {
                parameter("countryCodeA3", countryCodeA3)
                parameter("areaCode", areaCode)
                parameter("quantity", quantity)
            }.xml<SearchResult>().telephoneNumbers
        }

    suspend fun vanity(areaCode: Int, pattern: String): List<String> =
        dashboardCall("vanity $pattern") {
            http.get("accounts/${settings.accountId}/availableNumbers?areaCode=$areaCode&localVanity=$pattern&quantity=5")
                .xml<SearchResult>().telephoneNumbers
        }
}
