package net.cobaltline.numbering.crm

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.request.basicAuth
import io.ktor.client.request.get
import io.ktor.client.request.patch
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.contentType

/**
 * Client for Iris CRM (our customer system, vendor "Iris Software"), nothing to do with
 * Bandwidth's Iris SDK. Keeps the customer record in step with the numbers we provision.
 */
class IrisClient(
    private val tenant: String,
    private val user: String,
    private val apiKey: String,
    private val baseUrl: String = "https://iris-crm.cobaltline.net/rest",
) : AutoCloseable {
    private val http = HttpClient(CIO)

    suspend fun customer(customerId: Long): String =
        http.get("$baseUrl/$tenant/customers/$customerId") { basicAuth(user, apiKey) }.bodyAsText()

    suspend fun addresses(customerId: Long): String =
        http.get("$baseUrl/$tenant/customers/$customerId/addresses") { basicAuth(user, apiKey) }.bodyAsText()

    suspend fun attachNumbers(customerId: Long, numbers: List<String>) {
        http.patch("$baseUrl/$tenant/customers/$customerId") {
            basicAuth(user, apiKey)
            contentType(ContentType.Application.Json)
            setBody(numbers.joinToString(",", prefix = """{"phoneNumbers":[""", postfix = "]}") { "\"$it\"" })
        }
    }

    override fun close() = http.close()
}
