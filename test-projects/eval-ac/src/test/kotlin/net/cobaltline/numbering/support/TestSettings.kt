package net.cobaltline.numbering.support

import net.cobaltline.numbering.config.DashboardSettings

object TestSettings {
    const val ACCOUNT = "9900012"
    const val SITE = "461"
    const val PEER = "303716"

    val dashboard = DashboardSettings(
        baseUrl = "https://dashboard.bandwidth.com/api",
        accountId = ACCOUNT,
        username = "svc-provisioning",
        password = "1234567890",
        siteId = SITE,
        sipPeerId = PEER,
    )

    fun fixture(name: String): String =
        requireNotNull(TestSettings::class.java.getResource("/fixtures/$name")) { "missing fixture $name" }.readText()
}
