package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.delete
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpHeaders
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.BasicAuthentication
import net.cobaltline.numbering.dashboard.model.CallbackCredentials
import net.cobaltline.numbering.dashboard.model.CallbackSubscription
import net.cobaltline.numbering.dashboard.model.EmailSubscription
import net.cobaltline.numbering.dashboard.model.Subscription

/** Callback / email subscriptions so the Dashboard tells us when orders complete. */
class SubscriptionClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
    private val templates: TemplateRenderer = TemplateRenderer(),
) {
    private val credentials = CallbackCredentials(
        BasicAuthentication(settings.callback.username, settings.callback.password),
    )

    suspend fun subscribeOrders(): String = create(
        Subscription(
            orderType = "orders",
            callbackSubscription = CallbackSubscription(
                url = settings.callback.publicUrl,
                expiry = settings.callback.expiry,
                credentials = credentials,
            ),
        ),
    )

    /** Port-ins: NOC wants the e-mails too. Numbers in E.164 since the NOC tool parses those. */
    suspend fun subscribePortins(nocEmail: String): String = create(
        Subscription(
            orderType = "portins",
            emailSubscription = EmailSubscription(email = nocEmail, numberFormat = "E164"),
            callbackSubscription = CallbackSubscription(
                url = settings.callback.publicUrl.replace("/orders", "/portins"),
                expiry = "3122064000",
                credentials = credentials,
                numberFormat = "E164",
            ),
        ),
    )

    suspend fun subscribeDisconnects(): String {
        val xml = templates.render(
            "subscription.xml",
            mapOf(
                "orderType" to "disconnects",
                "callbackUrl" to settings.callback.publicUrl.replace("/orders", "/disconnects"),
                "expiry" to settings.callback.expiry,
                "callbackUser" to settings.callback.username,
                "callbackPassword" to settings.callback.password,
            ),
        )
        return post(xml)
    }

    suspend fun subscribeImports(): String = post(
        """
        <Subscription>
            <OrderType>importtnorders</OrderType>
            <CallbackSubscription>
                <URL>${settings.callback.publicUrl.replace("/orders", "/imports")}</URL>
                <Expiry>3122064000</Expiry>
            </CallbackSubscription>
        </Subscription>
        """.trimIndent(),
    )

    suspend fun list(): String = dashboardCall("list subscriptions") {
        http.get(DashboardPaths.path(DashboardPaths.SUBSCRIPTIONS, settings.accountId)).bodyAsText()
    }

    suspend fun delete(subscriptionId: String) {
        dashboardCall("delete subscription $subscriptionId") {
            http.delete(DashboardPaths.path(DashboardPaths.SUBSCRIPTION, settings.accountId, subscriptionId))
        }
    }

    private suspend fun create(subscription: Subscription): String = post(subscription)

    private suspend fun post(payload: Any): String = dashboardCall("create subscription") {
        val response = http.post(DashboardPaths.path(DashboardPaths.SUBSCRIPTIONS, settings.accountId)) { xmlBody(payload) }
        response.headers[HttpHeaders.Location]?.substringAfterLast('/') ?: response.bodyAsText()
    }
}
