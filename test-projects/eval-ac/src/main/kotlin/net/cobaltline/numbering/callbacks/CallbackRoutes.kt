package net.cobaltline.numbering.callbacks

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveText
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import net.cobaltline.numbering.dashboard.DashboardXml
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("net.cobaltline.numbering.callbacks")

/**
 * Endpoints the Dashboard calls back. Registered under basic auth in Application.kt.
 */
fun Route.dashboardCallbacks(orders: OrderNotificationHandler, portIns: PortInNotificationHandler) {
    route("/callbacks/dashboard") {
        post("/orders") {
            val notification = DashboardXml.read<Notification>(call.receiveText())
            log.info("order {} -> {} ({} numbers)", notification.orderId, notification.status, notification.completedTelephoneNumbers.size)
            orders.handle(notification)
            call.respond(HttpStatusCode.OK)
        }
        post("/portins") {
            val notification = DashboardXml.read<Notification>(call.receiveText())
            portIns.handle(notification)
            call.respond(HttpStatusCode.OK)
        }
        post("/{orderType}") {
            // disconnects, imports, ...: we only log these for now
            val body = call.receiveText()
            log.info("{} notification: {}", call.parameters["orderType"], body.take(500))
            call.respond(HttpStatusCode.OK)
        }
    }
}
