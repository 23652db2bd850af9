package com.quillcrest.provisioning.ops

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.DashboardPaths
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body
import java.time.Instant

/**
 * Pre-release smoke check, run by the deploy pipeline against the target environment.
 * Logs e.g. "GET https://dashboard.bandwidth.com/api/accounts/9900123/sites -> 200".
 */
@Component
class DashboardSmokeCheck(
    private val dashboardRestClient: RestClient,
    private val props: DashboardProperties,
) {

    data class Result(val sitesOk: Boolean, val canaryOk: Boolean, val checkedAt: Instant)

    fun run(): Result {
        val sitesOk = runCatching {
            dashboardRestClient.get()
                .uri("https://dashboard.bandwidth.com/api/accounts/${props.accountId}/sites")
                .retrieve()
                .body<String>()
        }.isSuccess
        val canaryOk = runCatching {
            dashboardRestClient.get().uri(DashboardPaths.TN_DETAILS, CANARY_TN).retrieve().body<String>()
        }.isSuccess
        log.info("smoke check: sites={} canary({})={}", sitesOk, CANARY_TN, canaryOk)
        return Result(sitesOk, canaryOk, Instant.now())
    }

    companion object {
        private val log = LoggerFactory.getLogger(DashboardSmokeCheck::class.java)

        /** Our oldest in-service number; if its details fail to load the account is in trouble. */
        const val CANARY_TN = "9192971234"

        /** Release train 2023.11 went live at this instant (epoch seconds); older builds skip the check. */
        const val CHECK_SINCE_EPOCH = 1700000000L
    }
}
