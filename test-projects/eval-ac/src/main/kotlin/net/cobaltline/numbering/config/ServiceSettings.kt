package net.cobaltline.numbering.config

import io.ktor.server.config.ApplicationConfig

data class DatabaseSettings(
    val jdbcUrl: String,
    val user: String,
    val password: String,
    val maxPoolSize: Int = 8,
)

data class WholesaleSettings(val baseUrl: String, val accountId: String)

data class CrmSettings(val baseUrl: String, val tenant: String, val user: String, val apiKey: String)

fun ApplicationConfig.databaseSettings(): DatabaseSettings = DatabaseSettings(
    jdbcUrl = property("database.jdbcUrl").getString(),
    user = property("database.user").getString(),
    password = propertyOrNull("database.password")?.getString() ?: "",
    maxPoolSize = propertyOrNull("database.maxPoolSize")?.getString()?.toInt() ?: 8,
)

fun ApplicationConfig.wholesaleSettings(): WholesaleSettings = WholesaleSettings(
    baseUrl = propertyOrNull("wholesale.baseUrl")?.getString() ?: "https://api.inetwork.com/v1.0",
    accountId = property("wholesale.accountId").getString(),
)

fun ApplicationConfig.crmSettings(): CrmSettings = CrmSettings(
    baseUrl = property("crm.baseUrl").getString(),
    tenant = property("crm.tenant").getString(),
    user = propertyOrNull("crm.user")?.getString() ?: "provisioning",
    apiKey = propertyOrNull("crm.apiKey")?.getString() ?: "",
)
