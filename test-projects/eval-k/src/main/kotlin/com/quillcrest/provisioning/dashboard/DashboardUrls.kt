package com.quillcrest.provisioning.dashboard

import org.springframework.web.util.UriComponentsBuilder

/** Dashboard test environment, used by the staging profile and the pre-release smoke checks. */
const val DASHBOARD_TEST_BASE = "https://test.dashboard.bandwidth.com/api"

/** Link to the order screen of the Dashboard web UI, shown to support agents. Not an API URL. */
const val DASHBOARD_PORTAL_ORDERS = "https://dashboard.bandwidth.com/portal/report/#orders"

/** `/accounts/{accountId}/seg1/seg2...`, the shape of every account-scoped Dashboard path. */
fun accountPath(accountId: String, vararg segments: String): String =
    buildString {
        append("/accounts/").append(accountId)
        segments.forEach { append('/').append(it) }
    }

fun e911AddressPath(accountId: String, addressId: String? = null): String =
    accountPath(accountId, "addresses") + (addressId?.let { "/$it" } ?: "")

fun importOrderPath(accountId: String, orderId: String): String =
    accountPath(accountId, "importTnOrders", orderId)

fun portInPath(accountId: String, orderId: String): String =
    accountPath(accountId, "portins", orderId)

/** Absolute URL of a Dashboard resource, for links we put into tickets and audit records. */
fun dashboardLink(baseUrl: String, path: String): String =
    UriComponentsBuilder.fromHttpUrl(baseUrl).path(path).build().toUriString()

/** Absolute URL of the TN detail resource, used by support tooling. */
fun tnDetailsLink(tn: String): String =
    UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
        .path("/api/tns/{tn}/tndetails")
        .buildAndExpand(tn)
        .toUriString()

/** Renders a query map as `a=1&b=2`, skipping null values. */
fun Map<String, Any?>.toQueryString(): String =
    entries.filter { it.value != null }.joinToString("&") { (k, v) -> "$k=$v" }
