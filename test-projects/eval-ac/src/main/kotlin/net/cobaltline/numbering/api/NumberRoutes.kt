package net.cobaltline.numbering.api

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import net.cobaltline.numbering.dashboard.NumberSearchClient
import net.cobaltline.numbering.numbers.CustomerNumberValidator
import net.cobaltline.numbering.numbers.MarketAreaCodes
import net.cobaltline.numbering.service.ProvisioningService

/**
 * Our public numbers API, consumed by the customer portal and partners:
 *   GET  /api/v1/numbers/search?areaCode=919&quantity=5
 *   POST /api/v1/numbers/orders
 */
fun Route.numberRoutes(search: NumberSearchClient, provisioning: ProvisioningService) {
    route("/api/v1/numbers") {
        get("/search") {
            val areaCode = call.request.queryParameters["areaCode"]
            val quantity = call.request.queryParameters["quantity"]?.toIntOrNull()?.coerceIn(1, MAX_QUANTITY) ?: 5
            if (areaCode == null || areaCode.length != 3 || !areaCode.all(Char::isDigit)) {
                call.respond(HttpStatusCode.BadRequest, ApiError("bad_area_code", "areaCode must be three digits"))
                return@get
            }
            val market = MarketAreaCodes.marketOf(areaCode.toInt())
            val numbers = search.byAreaCode(areaCode, quantity)
            call.respond(NumberSearchResponse(areaCode = areaCode, numbers = numbers, market = market))
        }
        post("/orders") {
            val request = call.receive<OrderNumbersRequest>()
            val invalid = request.numbers.filter { CustomerNumberValidator.normalize(it) == null }
            if (invalid.isNotEmpty()) {
                call.respond(HttpStatusCode.UnprocessableEntity, ApiError("bad_numbers", CustomerNumberValidator.errorMessage(invalid.first())))
                return@post
            }
            call.respond(HttpStatusCode.Accepted, provisioning.order(request))
        }
    }
}

private const val MAX_QUANTITY = 50
