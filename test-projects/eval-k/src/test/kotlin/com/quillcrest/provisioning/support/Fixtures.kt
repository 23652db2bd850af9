package com.quillcrest.provisioning.support

import com.quillcrest.provisioning.config.DashboardProperties

/** Test fixtures from src/test/resources/fixtures. */
object Fixtures {
    fun read(name: String): String =
        requireNotNull(Fixtures::class.java.getResource("/fixtures/$name")) { "missing fixture $name" }.readText()

    /** Properties pointing at a local stub server; no real Dashboard calls in unit tests. */
    fun dashboardProperties(baseUrl: String = "http://localhost:8089/api") = DashboardProperties(
        baseUrl = baseUrl,
        accountId = "9900123",
        username = "test",
        password = "test",
    )
}
