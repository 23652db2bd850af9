package com.quillcrest.provisioning.config

import com.bandwidth.iris.sdk.IrisClient
import com.quillcrest.provisioning.legacy.LegacyIrisHttpClient
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Primary
import org.springframework.context.annotation.Profile

@Configuration
class IrisSdkConfig {

    /** The SDK client used by the services in `sdk`. Host and version come from configuration. */
    @Bean
    @Primary
    fun irisClient(props: DashboardProperties): IrisClient =
        IrisClient(props.sdk.uri, props.accountId, props.username, props.password, props.sdk.version)

    /**
     * Read-only client for the nightly reporting jobs; it runs under a separate Dashboard user
     * whose password rotates independently.
     */
    @Bean("reportingIrisClient")
    @Profile("reporting")
    fun reportingIrisClient(
        props: DashboardProperties,
        @Value("\${quillcrest.reports.dashboard-user}") user: String,
        @Value("\${quillcrest.reports.dashboard-password}") password: String,
    ): IrisClient = IrisClient(props.accountId, user, password)

    /** Apache-based client kept for the porting jobs that still talk to the legacy Iris host. */
    @Bean
    fun legacyIrisHttpClient(
        props: DashboardProperties,
        @Value("\${iris.legacy.uri}") legacyUri: String,
    ): LegacyIrisHttpClient = LegacyIrisHttpClient(legacyUri, props.accountId, props.username, props.password)
}
