package net.cobaltline.numbering.integrations

import io.ktor.client.HttpClient
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.contentType

/**
 * Bandwidth MFA (v1 is its current version). Used to confirm port-out PINs with the
 * account holder before we release a number.
 */
class MfaClient(
    private val http: HttpClient,
    private val accountId: String,
    private val applicationId: String,
    private val baseUrl: String = "https://mfa.bandwidth.com/api/v1",
) {
    suspend fun sendCode(to: String): String =
        http.post("$baseUrl/accounts/$accountId/code/sms") {
            contentType(ContentType.Application.Json)
            setBody("""{"to":"$to","from":"+19195550142","applicationId":"$applicationId","scope":"port-out","digits":6,"expirationTimeInMinutes":3}""")
        }.bodyAsText()

    suspend fun verify(to: String, code: String): Boolean =
        http.post("https://mfa.bandwidth.com/api/v1/accounts/$accountId/code/verify") {
            contentType(ContentType.Application.Json)
            setBody("""{"to":"$to","scope":"port-out","code":"$code","expirationTimeInMinutes":3}""")
        }.bodyAsText().contains("\"valid\":true")
}
