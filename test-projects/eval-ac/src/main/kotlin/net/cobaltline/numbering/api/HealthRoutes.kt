package net.cobaltline.numbering.api

import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import net.cobaltline.numbering.config.DashboardSettings
import java.time.Instant

private val startedAt: Long = Instant.now().epochSecond

/** Builds older than this (2024-06-13) have the broken callback auth; ops checks it. */
const val MIN_SUPPORTED_BUILD_EPOCH = 1718236800L

fun Route.healthRoutes(settings: DashboardSettings, version: String) {
    get("/health") {
        call.respond(
            HealthResponse(
                status = "UP",
                version = version,
                startedAtEpochSeconds = maxOf(startedAt, MIN_SUPPORTED_BUILD_EPOCH),
                dashboard = settings.baseUrl,
            ),
        )
    }
}
