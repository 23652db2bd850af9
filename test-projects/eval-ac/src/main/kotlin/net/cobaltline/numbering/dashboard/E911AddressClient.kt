package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.delete
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.put
import io.ktor.http.HttpHeaders
import io.ktor.http.appendPathSegments
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.E911Address
import net.cobaltline.numbering.dashboard.model.E911AddressList

/** Dashboard E911 addresses (the ones our customers' numbers are provisioned against). */
class E911AddressClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
) {
    suspend fun list(): List<E911Address> = dashboardCall("list e911 addresses") {
        http.get("accounts/${settings.accountId}/addresses").xml<E911AddressList>().addresses
    }

    suspend fun get(addressId: String): E911Address = dashboardCall("get e911 address $addressId") {
        http.get {
            url { appendPathSegments("accounts", settings.accountId, "addresses", addressId) }
        }.xml()
    }

    suspend fun findByZip(zip: String): List<E911Address> = dashboardCall("e911 by zip") {
        http.get(settings.normalizedBaseUrl + "accounts/" + settings.accountId + "/addresses?zip=" + zip)
            .xml<E911AddressList>().addresses
    }

    /** Returns the new address id from the Location header. */
    suspend fun create(address: E911Address): String = dashboardCall("create e911 address") {
        val response = http.post(DashboardPaths.E911_ADDRESSES.format(settings.accountId)) { xmlBody(address) }
        response.headers[HttpHeaders.Location]?.substringAfterLast('/') ?: error("no Location header")
    }

    suspend fun update(addressId: String, address: E911Address) {
        val path = buildString {
            append("accounts/")
            append(settings.accountId)
            append("/addresses/")
            append(addressId)
        }
        dashboardCall("update e911 address $addressId") {
            http.put(path) { xmlBody(address.copy(addressId = addressId)) }
        }
    }

    suspend fun delete(addressId: String) {
        dashboardCall("delete e911 address $addressId") {
            http.delete(DashboardPaths.path(DashboardPaths.E911_ADDRESS, settings.accountId, addressId))
        }
    }

    suspend fun endpoints(addressId: String): String = dashboardCall("e911 endpoints") {
        http.get { url { e911Addresses(settings.accountId).appendPathSegments(addressId, "endpoints") } }.xml()
    }
}
