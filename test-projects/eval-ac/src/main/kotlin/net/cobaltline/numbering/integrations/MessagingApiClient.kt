package net.cobaltline.numbering.integrations

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import kotlinx.serialization.Serializable
import kotlinx.serialization.encodeToString
import kotlinx.serialization.json.Json
import net.cobaltline.numbering.config.BandwidthEndpoints
import net.cobaltline.numbering.numbers.toE164

/** Bandwidth Messaging API v2: welcome texts to newly activated numbers. */
class MessagingApiClient(
    private val http: HttpClient,
    private val accountId: String,
    private val applicationId: String,
    private val baseUrl: String = BandwidthEndpoints.MESSAGING_BASE,
) {
    @Serializable
    data class MessageRequest(val applicationId: String, val to: List<String>, val from: String, val text: String)

    @Serializable
    data class MessageResponse(val id: String, val time: String? = null)

    suspend fun sendWelcome(tn: String): MessageResponse {
        val request = MessageRequest(
            applicationId = applicationId,
            to = listOf(tn.toE164()),
            from = WELCOME_SENDER,
            text = "Welcome to Cobaltline! Your number is active. Reply HELP for help.",
        )
        return http.post("$baseUrl/users/$accountId/messages") {
            contentType(ContentType.Application.Json)
            setBody(Json.encodeToString(request))
        }.body()
    }

    companion object {
        /** Short code registered for onboarding texts. */
        const val WELCOME_SENDER = "+19195550142"
        const val SUPPORT_SMS_NUMBER = "9195550143"
    }
}
