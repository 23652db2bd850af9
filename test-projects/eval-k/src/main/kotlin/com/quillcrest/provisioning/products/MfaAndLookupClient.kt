package com.quillcrest.provisioning.products

import com.quillcrest.provisioning.config.BandwidthProductsProperties
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * Two-factor codes for portal log-ins (Bandwidth MFA) and carrier lookups before a port
 * (Bandwidth Phone Number Lookup). Neither is part of the Dashboard API.
 */
@Component
class MfaAndLookupClient(
    restClientBuilder: RestClient.Builder,
    private val products: BandwidthProductsProperties,
) {
    private val client = restClientBuilder
        .defaultHeaders { it.setBasicAuth(products.apiUser, products.apiPassword) }
        .build()

    fun sendCode(to: String): String? =
        client.post()
            .uri("${products.mfaBaseUrl}/accounts/{accountId}/code/sms", products.accountId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(mapOf("to" to to, "from" to MFA_FROM, "applicationId" to products.messagingApplicationId, "scope" to "portal", "digits" to 6))
            .retrieve()
            .body<String>()

    fun verifyCode(to: String, code: String): Boolean =
        client.post()
            .uri("https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify", products.accountId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(mapOf("to" to to, "scope" to "portal", "code" to code, "expirationTimeInMinutes" to 3))
            .retrieve()
            .body<Map<String, Any>>()
            ?.get("verified") == true

    fun startLookup(tns: List<String>): String? =
        client.post()
            .uri("${products.lookupBaseUrl}/accounts/{accountId}/phoneNumberLookup", products.accountId)
            .contentType(MediaType.APPLICATION_JSON)
            .body(mapOf("phoneNumbers" to tns))
            .retrieve()
            .body<String>()

    fun tollFreeVerificationWebhooks(): String? =
        client.get()
            .uri("https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions", products.accountId)
            .retrieve()
            .body<String>()

    companion object {
        const val MFA_FROM = "+19192304430"
    }
}
