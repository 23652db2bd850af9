package com.quillcrest.provisioning.config

import com.fasterxml.jackson.dataformat.xml.XmlMapper
import com.fasterxml.jackson.module.kotlin.registerKotlinModule
import com.fasterxml.jackson.databind.DeserializationFeature
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.web.client.RestTemplateBuilder
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.HttpHeaders
import org.springframework.http.MediaType
import org.springframework.web.client.RestClient
import org.springframework.web.client.RestTemplate
import org.springframework.web.reactive.function.client.WebClient

@Configuration
class HttpClientsConfig {

    /** Synchronous client for the Dashboard; paths are relative to `bandwidth.dashboard.base-url`. */
    @Bean
    fun dashboardRestClient(props: DashboardProperties, builder: RestClient.Builder): RestClient =
        builder
            .baseUrl(props.baseUrl)
            .defaultHeaders { it.setBasicAuth(props.username, props.password) }
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
            .build()

    /** Reactive client, used by the E911 flows that run inside the address-verification pipeline. */
    @Bean
    fun dashboardWebClient(props: DashboardProperties, builder: WebClient.Builder): WebClient =
        builder
            .baseUrl(props.baseUrl)
            .defaultHeaders { it.setBasicAuth(props.username, props.password) }
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
            .build()

    /**
     * RestTemplate kept for the hosted-messaging jobs, which were written before RestClient existed.
     * It still points at the versioned root the jobs were tested against.
     */
    @Bean
    fun legacyDashboardTemplate(
        builder: RestTemplateBuilder,
        props: DashboardProperties,
        @Value("\${bandwidth.dashboard.legacy-url:https://dashboard.bandwidth.com/v1.0}") legacyUrl: String,
    ): RestTemplate =
        builder
            .rootUri(legacyUrl)
            .basicAuthentication(props.username, props.password)
            .setConnectTimeout(props.connectTimeout)
            .setReadTimeout(props.readTimeout)
            .build()

    @Bean
    fun messagingWebClient(products: BandwidthProductsProperties, builder: WebClient.Builder): WebClient =
        builder
            .baseUrl(products.messagingBaseUrl)
            .defaultHeaders { it.setBasicAuth(products.apiUser, products.apiPassword) }
            .build()

    @Bean
    fun dashboardXmlMapper(): XmlMapper =
        XmlMapper().apply {
            registerKotlinModule()
            configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        }
}
