package com.quillcrest.provisioning.dashboard

/**
 * URI templates of the Dashboard numbers API, relative to `bandwidth.dashboard.base-url`.
 *
 * Example: GET https://dashboard.bandwidth.com/api/accounts/{accountId}/sites lists our sites.
 */
object DashboardPaths {
    const val ACCOUNT = "/accounts/{accountId}"
    const val SITES = "$ACCOUNT/sites"
    const val SIP_PEERS = "$SITES/{siteId}/sippeers"
    const val SIP_PEER_TNS = "$SIP_PEERS/{sipPeerId}/tns"
    const val SIP_PEER_TN = "$SIP_PEER_TNS/{tn}"

    const val AVAILABLE_NUMBERS = "$ACCOUNT/availableNumbers"
    const val AVAILABLE_NPA_NXX = "$ACCOUNT/availableNpaNxx"
    const val INSERVICE_NUMBERS = "$ACCOUNT/inserviceNumbers"
    const val ORDERS = "$ACCOUNT/orders"
    const val TN_OPTIONS = "$ACCOUNT/tnoptions"
    const val SUBSCRIPTIONS = "$ACCOUNT/subscriptions"
    const val REPORT_INSTANCES = "$ACCOUNT/reports/{reportId}/instances"

    // E911
    const val E911_ADDRESSES = "/accounts/{accountId}/addresses"
    const val E911_ADDRESS = "/accounts/{accountId}/addresses/{addressId}"

    // Hosted messaging
    const val IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders"
    const val IMPORT_TN_ORDER_HISTORY = "/accounts/{accountId}/importTnOrders/{orderId}/history"
    const val REMOVE_IMPORTED_TN_ORDERS = "/accounts/{accountId}/removeImportedTnOrders"
    const val IMPORT_TN_CHECKER = "$ACCOUNT/importTnChecker"

    // Account-less resources
    const val TN_DETAILS = "/tns/{tn}/tndetails"
    const val TN_SITE = "/tns/{tn}/sites"
}
