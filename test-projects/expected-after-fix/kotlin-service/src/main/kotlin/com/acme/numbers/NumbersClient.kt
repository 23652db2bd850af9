package com.acme.numbers

import com.acme.numbers.legacy.LegacyIrisPaths
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.logging.Logger

/** Inventory, E911 and orders against the Dashboard API. */
class NumbersClient(
    private val account: String,
    private val http: HttpClient = HttpClient.newHttpClient(),
) {
    private val log = Logger.getLogger(NumbersClient::class.java.name)

    fun e911Addresses(): String = get("${IrisEndpoints.BASE}/accounts/$account${IrisEndpoints.E911}")

    fun sites(): String = get(IrisEndpoints.BASE + "/accounts/" + account + LegacyIrisPaths.SITES)

    fun importOrder(id: String): String = get("${IrisEndpoints.BASE}/accounts/$account${IrisEndpoints.IMPORTS}/$id")

    fun removeImported(): String = get("${IrisEndpoints.BASE}/accounts/$account/removeImportedTnOrders/messaging")

    fun externalTns(): String = get("${IrisEndpoints.BASE}/accounts/$account${LegacyIrisPaths.EXTERNAL_TNS}")

    fun search(areaCode: String): String = get(searchUrl(areaCode))

    fun searchUrl(areaCode: String): String =
        "${IrisEndpoints.BASE}/accounts/$account/availableNumbers?countryCodeA3=USA&areaCode=$areaCode&quantity=10"

    fun details(): String = get(String.format("%s/tns/%s/tndetails", IrisEndpoints.BASE, "+19195551234"))

    fun legacyPortIns(): String = get("$LEGACY_BASE/accounts/$account/portins")

    fun history(order: String): String = get(
        """
        ${IrisEndpoints.BASE}/accounts/$account/orders/$order/history
        """.trimIndent()
    )

    private fun get(url: String): String {
        log.info("GET $url (was https://dashboard.bandwidth.com/api/accounts before the move)")
        val request = HttpRequest.newBuilder(URI.create(url)).GET().build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }
}
