package com.quillcrest.provisioning.config

import org.springframework.boot.context.properties.ConfigurationProperties

/**
 * The other Bandwidth products we use (messaging, voice, MFA, number lookup). These live on
 * their own hosts and versions and are unrelated to the Dashboard numbers API.
 */
@ConfigurationProperties(prefix = "bandwidth.products")
data class BandwidthProductsProperties(
    val messagingBaseUrl: String = "https://messaging.bandwidth.com/api/v2",
    val voiceBaseUrl: String = "https://voice.bandwidth.com/api/v2",
    val mfaBaseUrl: String = "https://mfa.bandwidth.com/api/v1",
    val lookupBaseUrl: String = "https://api.bandwidth.com/v2",
    val messagingApplicationId: String = "",
    val voiceApplicationId: String = "",
    val accountId: String = "",
    val apiUser: String = "",
    val apiPassword: String = "",
)
