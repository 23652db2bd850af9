package net.cobaltline.numbering.api

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import net.cobaltline.numbering.service.E911Service

/**
 * Service addresses of a customer. Our own resource: GET/POST /api/customers/{id}/addresses.
 * Creating one also registers it on the Dashboard for E911.
 */
fun Route.customerAddressRoutes(e911: E911Service) {
    route("/api/customers/{customerId}/addresses") {
        get {
            val customerId = call.parameters["customerId"]!!.toLong()
            call.respond(e911.addressesOf(customerId))
        }
        post {
            val customerId = call.parameters["customerId"]!!.toLong()
            val dto = call.receive<CustomerAddressDto>()
            val id = e911.register(customerId, dto)
            call.response.headers.append("Location", "/api/customers/$customerId/addresses/$id")
            call.respond(HttpStatusCode.Created, mapOf("addressId" to id))
        }
    }
}
