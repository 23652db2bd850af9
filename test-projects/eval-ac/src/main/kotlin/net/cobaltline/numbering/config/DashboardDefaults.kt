package net.cobaltline.numbering.config

import java.util.Properties

/**
 * Fallback values for the Dashboard client. The service normally reads everything from
 * application.conf; these only apply when a key is missing (local runs, unit tests).
 */
object DashboardDefaults {
    const val BASE_URL = "https://dashboard.bandwidth.com/api"
    const val ACCOUNTS_PREFIX = "/api/accounts/"
    const val DEFAULT_SITE_ID = "461"
    const val DEFAULT_SIP_PEER_ID = "303716"
    const val DEFAULT_QUANTITY = 10
    const val MAX_QUANTITY = 250

    /** Far-future expiry the Dashboard accepts for callback subscriptions (epoch seconds). */
    const val CALLBACK_EXPIRY = 3122064000L

    private val fileDefaults: Properties by lazy {
        Properties().apply {
            DashboardDefaults::class.java.getResourceAsStream("/dashboard-defaults.properties")?.use { load(it) }
        }
    }

    fun property(key: String): String? =
        System.getProperty("dashboard.$key") ?: fileDefaults.getProperty("dashboard.$key")

    fun baseUrl(): String = property("base-url") ?: BASE_URL
}
