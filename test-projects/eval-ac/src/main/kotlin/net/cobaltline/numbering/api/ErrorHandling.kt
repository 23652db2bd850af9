package net.cobaltline.numbering.api

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.plugins.statuspages.StatusPages
import io.ktor.server.response.respond
import net.cobaltline.numbering.dashboard.DashboardException
import org.slf4j.LoggerFactory

private val log = LoggerFactory.getLogger("net.cobaltline.numbering.api.Errors")

fun Application.installErrorHandling() {
    install(StatusPages) {
        exception<DashboardException> { call, e ->
            log.warn("Dashboard error {} {}: {}", e.status, e.errorCode, e.message)
            call.respond(HttpStatusCode.BadGateway, ApiError("dashboard_${e.errorCode ?: e.status.value}", e.message))
        }
        exception<IllegalArgumentException> { call, e ->
            call.respond(HttpStatusCode.BadRequest, ApiError("bad_request", e.message ?: "bad request"))
        }
        exception<Throwable> { call, e ->
            log.error("unhandled", e)
            call.respond(HttpStatusCode.InternalServerError, ApiError("internal", "internal error"))
        }
    }
}
