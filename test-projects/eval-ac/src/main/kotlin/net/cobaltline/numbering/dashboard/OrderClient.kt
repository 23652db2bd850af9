package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.request.post
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.model.AreaCodeSearchAndOrderType
import net.cobaltline.numbering.dashboard.model.ExistingTelephoneNumberOrderType
import net.cobaltline.numbering.dashboard.model.NumberOrder
import net.cobaltline.numbering.dashboard.model.OrderResponse
import org.slf4j.LoggerFactory

class OrderClient(
    private val http: HttpClient,
    private val settings: DashboardSettings,
    private val templates: TemplateRenderer = TemplateRenderer(),
) {
    private val log = LoggerFactory.getLogger(OrderClient::class.java)

    suspend fun orderExisting(customerOrderId: String, tns: List<String>): OrderResponse {
        val order = NumberOrder(
            customerOrderId = customerOrderId,
            siteId = settings.siteId,
            peerId = settings.sipPeerId,
            partialAllowed = true,
            existing = ExistingTelephoneNumberOrderType(tns),
        )
        log.info("POST {} for {} numbers", DashboardPaths.ORDERS, tns.size)
        return dashboardCall("order $customerOrderId") {
            http.post(DashboardPaths.path(DashboardPaths.ORDERS, settings.accountId)) { xmlBody(order) }.xml()
        }
    }

    suspend fun orderByAreaCode(customerOrderId: String, areaCode: Int, quantity: Int): OrderResponse {
        val order = NumberOrder(
            customerOrderId = customerOrderId,
            siteId = settings.siteId,
            peerId = settings.sipPeerId,
            byAreaCode = AreaCodeSearchAndOrderType(areaCode = areaCode, quantity = quantity),
        )
        return dashboardCall("order by area code $areaCode") {
            http.post(DashboardPaths.path(DashboardPaths.ORDERS, settings.accountId)) { xmlBody(order) }.xml()
        }
    }

    /** Nightly smoke test: re-orders the two pool numbers from templates/smoke-order.xml. */
    suspend fun smokeOrder(runId: String): OrderResponse {
        val xml = templates.render(
            "smoke-order.xml",
            mapOf("customerOrderId" to "smoke-$runId", "siteId" to settings.siteId, "sipPeerId" to settings.sipPeerId),
        )
        return dashboardCall("smoke order") {
            http.post(DashboardPaths.path(DashboardPaths.ORDERS, settings.accountId)) { xmlBody(xml) }.xml()
        }
    }

    suspend fun status(orderId: String): OrderResponse = dashboardCall("order status $orderId") {
        http.get(DashboardPaths.path(DashboardPaths.ORDER, settings.accountId, orderId)).xml()
    }

    companion object {
        /** Numbers of a completed order as stored in tn_inventory.tn_numeric. */
        fun completedNumbers(response: OrderResponse): List<Long> =
            response.completedNumbers.map { it.fullNumber.toLong() }
    }
}
