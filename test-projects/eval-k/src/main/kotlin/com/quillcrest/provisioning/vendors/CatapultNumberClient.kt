package com.quillcrest.provisioning.vendors

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * Legacy Catapult account (pre-merger Quillcrest Voice). Still used for the handful of
 * customers who were never migrated; read-only searches only.
 */
@Component
class CatapultNumberClient(
    restClientBuilder: RestClient.Builder,
    @Value("\${catapult.user-id:u-quillcrest}") private val userId: String,
    @Value("\${catapult.api-token:}") apiToken: String,
    @Value("\${catapult.api-secret:}") apiSecret: String,
) {
    private val client = restClientBuilder
        .baseUrl("https://api.catapult.inetwork.com/v1")
        .defaultHeaders { it.setBasicAuth(apiToken, apiSecret) }
        .build()

    fun searchLocal(areaCode: String, quantity: Int = 10): String? =
        client.get()
            .uri("/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}", userId, areaCode, quantity)
            .retrieve()
            .body<String>()

    fun phoneNumbers(): String? =
        client.get().uri("/users/{userId}/phoneNumbers?size=1000", userId).retrieve().body<String>()
}
