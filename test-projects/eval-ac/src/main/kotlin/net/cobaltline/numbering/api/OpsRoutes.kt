package net.cobaltline.numbering.api

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.serialization.Serializable
import net.cobaltline.numbering.config.BandwidthEndpoints
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.config.EndpointCatalog
import net.cobaltline.numbering.dashboard.OrderClient
import net.cobaltline.numbering.dashboard.SipPeerTnClient
import net.cobaltline.numbering.service.InventorySyncService
import net.cobaltline.numbering.service.ProvisioningService
import java.time.LocalDate

@Serializable
data class NumberList(val numbers: List<String>)

/** Internal endpoints for the NOC, behind the ops auth realm. */
fun Route.opsRoutes(
    orders: OrderClient,
    provisioning: ProvisioningService,
    sipPeerTns: SipPeerTnClient,
    sync: InventorySyncService,
    catalog: EndpointCatalog,
    dashboardHttp: HttpClient,
    settings: DashboardSettings,
) {
    route("/ops") {
        post("/smoke") {
            val response = orders.smokeOrder(LocalDate.now().toString())
            call.respond(mapOf("orderId" to (response.order?.id ?: "none"), "status" to (response.orderStatus ?: "?")))
        }
        post("/pool/{areaCode}") {
            val areaCode = call.parameters["areaCode"]!!.toInt()
            val quantity = call.request.queryParameters["quantity"]?.toInt() ?: 20
            call.respond(mapOf("orderId" to provisioning.replenishPool(areaCode, quantity)))
        }
        post("/sms/suspend") {
            val tns = call.receive<NumberList>().numbers
            call.respond(NumberList(sipPeerTns.disableSms(tns)))
        }
        get("/inventory/missing/{areaCode}") {
            val areaCode = call.parameters["areaCode"]!!.toInt()
            call.respond(NumberList(sync.missingIn(areaCode)))
        }
        get("/dashboard/totals") {
            val url = catalog.url("dashboard", "inventoryTotals", "accountId" to settings.accountId)
            call.respondText(dashboardHttp.get(url).bodyAsText(), ContentType.Application.Xml)
        }
        get("/dashboard/portal") {
            call.respondRedirect(BandwidthEndpoints.PORTAL_INVENTORY)
        }
    }
}
