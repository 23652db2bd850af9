package com.quillcrest.provisioning.products

import com.quillcrest.provisioning.config.BandwidthProductsProperties
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/** Outbound test calls through Bandwidth Voice API v2, used to verify newly activated numbers. */
@Component
class VoiceCallClient(
    restClientBuilder: RestClient.Builder,
    private val products: BandwidthProductsProperties,
) {
    private val client = restClientBuilder
        .baseUrl(VOICE_CALLS)
        .defaultHeaders { it.setBasicAuth(products.apiUser, products.apiPassword) }
        .build()

    fun placeTestCall(from: String, to: String): String? =
        client.post()
            .uri { it.build(products.accountId) }
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                mapOf(
                    "from" to from,
                    "to" to to,
                    "applicationId" to products.voiceApplicationId,
                    "answerUrl" to "https://provisioning.quillcrest.io/api/voice/answer",
                    "callTimeout" to 30,
                ),
            )
            .retrieve()
            .body<String>()

    companion object {
        const val VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls"
    }
}
