package net.cobaltline.numbering.dashboard

import io.ktor.client.request.HttpRequestBuilder
import io.ktor.client.request.parameter
import io.ktor.http.URLBuilder
import io.ktor.http.appendPathSegments

// Small helpers so the clients read like the Dashboard docs.

fun URLBuilder.account(accountId: String): URLBuilder = appendPathSegments("accounts", accountId)

fun URLBuilder.site(accountId: String, siteId: String): URLBuilder =
    account(accountId).appendPathSegments("sites", siteId)

fun URLBuilder.sipPeerTns(accountId: String, siteId: String, sipPeerId: String): URLBuilder =
    site(accountId, siteId).appendPathSegments("sippeers", sipPeerId, "tns")

fun URLBuilder.e911Addresses(accountId: String): URLBuilder =
    account(accountId).appendPathSegments("addresses")

fun HttpRequestBuilder.areaCodeFilter(areaCode: String) {
    parameter("areaCode", areaCode)
}

fun HttpRequestBuilder.paging(page: Int, size: Int) {
    parameter("page", page)
    parameter("size", size)
}
