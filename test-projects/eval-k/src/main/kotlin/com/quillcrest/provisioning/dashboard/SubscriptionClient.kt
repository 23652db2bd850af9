package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.payload.PayloadTemplates
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * Order-notification subscriptions. One subscription per order type; re-created by the
 * ops console when the callback credentials rotate.
 */
@Component
class SubscriptionClient(
    private val dashboardRestClient: RestClient,
    private val props: DashboardProperties,
    private val templates: PayloadTemplates,
) {

    fun subscribe(orderType: String): String? =
        post(
            templates.render(
                "templates/subscription-callback.xml",
                mapOf(
                    "orderType" to orderType,
                    "callbackUrl" to props.callbacks.publicUrl,
                    "expiry" to props.callbacks.expiry.toString(),
                    "username" to props.callbacks.username,
                    "password" to props.callbacks.password,
                ),
            ),
        )

    /** Port-in notifications were switched to E.164 when the porting dashboard was rebuilt. */
    fun subscribePortIns(): String? =
        post(
            templates.render(
                "templates/subscription-portins.xml",
                mapOf("callbackUrl" to props.callbacks.publicUrl.replace("/orders", "/portins")),
            ),
        )

    fun list(): String? =
        dashboardRestClient.get().uri(DashboardPaths.SUBSCRIPTIONS, props.accountId).retrieve().body<String>()

    fun delete(subscriptionId: String) {
        dashboardRestClient.delete()
            .uri("${DashboardPaths.SUBSCRIPTIONS}/{id}", props.accountId, subscriptionId)
            .retrieve()
            .toBodilessEntity()
    }

    private fun post(payload: String): String? =
        dashboardRestClient.post()
            .uri(DashboardPaths.SUBSCRIPTIONS, props.accountId)
            .contentType(MediaType.APPLICATION_XML)
            .body(payload)
            .retrieve()
            .toBodilessEntity()
            .headers.location?.path?.substringAfterLast('/')
}
