package com.quillcrest.provisioning.config

import org.springframework.boot.context.properties.ConfigurationProperties
import java.time.Duration

/**
 * Credentials and endpoints of our Bandwidth Dashboard account.
 *
 * Bound from `bandwidth.dashboard.*` (see application.yml). The defaults match production.
 */
@ConfigurationProperties(prefix = "bandwidth.dashboard")
data class DashboardProperties(
    val baseUrl: String = "https://dashboard.bandwidth.com/api",
    val accountId: String,
    val username: String,
    val password: String,
    val defaultSiteId: String = "30541",
    val defaultSipPeerId: String = "500651",
    val connectTimeout: Duration = Duration.ofSeconds(5),
    val readTimeout: Duration = Duration.ofSeconds(30),
    val sdk: Sdk = Sdk(),
    val callbacks: Callbacks = Callbacks(),
) {
    /** Settings for the Iris Java SDK client, which builds its own URLs from a host and a version. */
    data class Sdk(
        val uri: String = "https://dashboard.bandwidth.com",
        val version: String = "v1.0",
    )

    data class Callbacks(
        val publicUrl: String = "https://provisioning.quillcrest.io/api/callbacks/dashboard/orders",
        val username: String = "dashboard-callbacks",
        val password: String = "",
        /** Far-future expiry (epoch seconds) the Dashboard expects on callback subscriptions. */
        val expiry: Long = 3122064000,
    )
}
