package net.cobaltline.numbering.integrations

import io.ktor.client.HttpClient
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.contentType
import net.cobaltline.numbering.config.BandwidthEndpoints

/** Test calls to freshly ported numbers (Bandwidth Voice API v2). */
class VoiceApiClient(private val http: HttpClient, private val accountId: String, private val applicationId: String) {

    suspend fun testCall(to: String, from: String): String =
        http.post("${BandwidthEndpoints.VOICE_BASE}/accounts/$accountId/calls") {
            contentType(ContentType.Application.Json)
            setBody(
                """
                {
                  "from": "$from",
                  "to": "$to",
                  "applicationId": "$applicationId",
                  "answerUrl": "https://provisioning.cobaltline.net/voice/answer",
                  "callTimeout": 30
                }
                """.trimIndent(),
            )
        }.bodyAsText()
}
