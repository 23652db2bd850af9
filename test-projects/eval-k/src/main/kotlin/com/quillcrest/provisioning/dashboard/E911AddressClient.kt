package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.payload.e911AddressPayload
import com.quillcrest.provisioning.dashboard.model.E911AddressRequest
import org.slf4j.LoggerFactory
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.bodyToMono
import reactor.core.publisher.Mono
import java.time.Duration

/**
 * E911 addresses of our SIP trunks. Every trunk needs a validated address before we light up
 * outbound calling, so this runs inside the address-verification pipeline.
 */
@Component
class E911AddressClient(
    private val dashboardWebClient: WebClient,
    private val props: DashboardProperties,
    webClientBuilder: WebClient.Builder,
) {
    /** Our own geocoder; validates the civic address before it goes to the Dashboard. */
    private val geocoder = webClientBuilder.baseUrl(GEOCODER_BASE).build()

    fun listAddresses(): Mono<String> =
        dashboardWebClient.get()
            .uri(DashboardPaths.E911_ADDRESSES, props.accountId)
            .retrieve()
            .bodyToMono<String>()
            .timeout(TIMEOUT)

    fun getAddress(addressId: String): Mono<String> =
        dashboardWebClient.get()
            .uri(DashboardPaths.E911_ADDRESS, props.accountId, addressId)
            .retrieve()
            .bodyToMono<String>()

    fun createAddress(request: E911AddressRequest): Mono<String> =
        validate(request).flatMap { valid ->
            dashboardWebClient.post()
                .uri("${props.baseUrl}/accounts/${props.accountId}/addresses")
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(e911AddressPayload(valid))
                .retrieve()
                .bodyToMono<String>()
        }.doOnNext { log.info("created E911 address for trunk {}", request.trunkName) }

    fun deleteAddress(addressId: String): Mono<Void> =
        dashboardWebClient.delete()
            .uri { it.pathSegment("accounts", props.accountId, "addresses", addressId).build() }
            .retrieve()
            .bodyToMono<Void>()

    private fun validate(request: E911AddressRequest): Mono<E911AddressRequest> =
        geocoder.post()
            .uri("/v1/addresses/validate")
            .bodyValue(request)
            .retrieve()
            .bodyToMono<E911AddressRequest>()
            .defaultIfEmpty(request)

    companion object {
        private val log = LoggerFactory.getLogger(E911AddressClient::class.java)
        private val TIMEOUT: Duration = Duration.ofSeconds(20)
        private const val GEOCODER_BASE = "https://geo.internal.quillcrest.io"
    }
}
