package net.cobaltline.numbering.dashboard

/**
 * Account-relative paths on the Dashboard. Fill with [String.format]: first argument is the
 * account id. They are resolved against the client's base URL, so no leading host here.
 */
object DashboardPaths {
    const val ORDERS = "accounts/%s/orders"
    const val ORDER = "accounts/%s/orders/%s"
    const val E911_ADDRESSES = "accounts/%s/addresses"
    const val E911_ADDRESS = "accounts/%s/addresses/%s"
    const val IMPORT_TN_ORDERS = "accounts/%s/importTnOrders"
    const val IMPORT_TN_CHECKER = "accounts/%s/importTnChecker"
    const val REMOVE_IMPORTED_TN_ORDERS = "accounts/%s/removeImportedTnOrders"
    const val EXTERNAL_TNS = "accounts/%s/externalTns"
    const val TN_OPTIONS = "accounts/%s/tnoptions"
    const val SUBSCRIPTIONS = "accounts/%s/subscriptions"
    const val SUBSCRIPTION = "accounts/%s/subscriptions/%s"
    const val REPORT_INSTANCES = "accounts/%s/reports/%s/instances"
    const val SIPPEER_TN = "accounts/%s/sites/%s/sippeers/%s/tns/%s"

    fun path(template: String, vararg args: Any): String = template.format(*args)
}
