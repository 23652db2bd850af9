package com.quillcrest.provisioning.products

import com.quillcrest.provisioning.config.BandwidthProductsProperties
import com.quillcrest.provisioning.util.toE164
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Qualifier
import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.bodyToMono

/**
 * Sends SMS through the Bandwidth Messaging API v2 (messaging.bandwidth.com). Used for ops
 * alerts and for the "your number is ready" texts.
 */
@Component
class SmsSender(
    @Qualifier("messagingWebClient") private val messagingWebClient: WebClient,
    private val products: BandwidthProductsProperties,
) {

    fun send(to: String, text: String, from: String = NOTIFICATIONS_FROM) {
        val body = mapOf(
            "applicationId" to products.messagingApplicationId,
            "to" to listOf(to.toE164()),
            "from" to from,
            "text" to text,
        )
        messagingWebClient.post()
            .uri("/users/{accountId}/messages", products.accountId)
            .bodyValue(body)
            .retrieve()
            .bodyToMono<String>()
            .subscribe({ }, { log.warn("SMS to {} failed: {}", to, it.message) })
    }

    fun notifyOps(text: String) = send(OPS_ONCALL, text)

    fun mediaUrl(mediaId: String): String =
        "https://messaging.bandwidth.com/api/v2/users/${products.accountId}/media/$mediaId"

    companion object {
        private val log = LoggerFactory.getLogger(SmsSender::class.java)
        const val NOTIFICATIONS_FROM = "+19192304420"
        /** Ops on-call pager, a Quillcrest number. */
        const val OPS_ONCALL = "9192304421"
    }
}
