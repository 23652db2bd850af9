package net.cobaltline.numbering

import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationStopped
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.UserIdPrincipal
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.basic
import io.ktor.server.netty.EngineMain
import io.ktor.server.plugins.callloging.CallLogging
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.routing.routing
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.serialization.json.Json
import net.cobaltline.numbering.api.customerAddressRoutes
import net.cobaltline.numbering.api.healthRoutes
import net.cobaltline.numbering.api.installErrorHandling
import net.cobaltline.numbering.api.numberRoutes
import net.cobaltline.numbering.api.opsRoutes
import net.cobaltline.numbering.callbacks.dashboardCallbacks

fun main(args: Array<String>) = EngineMain.main(args)

fun Application.module() {
    val ctx = AppContext(environment.config)
    val jobs = CoroutineScope(SupervisorJob() + Dispatchers.IO)

    install(CallLogging)
    install(ContentNegotiation) {
        json(Json { ignoreUnknownKeys = true; encodeDefaults = true })
    }
    installErrorHandling()
    install(Authentication) {
        basic("dashboard-callbacks") {
            realm = "dashboard"
            validate { creds ->
                if (creds.name == ctx.settings.callback.username && creds.password == ctx.settings.callback.password) {
                    UserIdPrincipal(creds.name)
                } else {
                    null
                }
            }
        }
        basic("ops") {
            realm = "ops"
            validate { creds -> if (creds.password == System.getenv("OPS_PASSWORD")) UserIdPrincipal(creds.name) else null }
        }
    }

    routing {
        healthRoutes(ctx.settings, version = javaClass.`package`?.implementationVersion ?: "dev")
        numberRoutes(ctx.search, ctx.provisioning)
        customerAddressRoutes(ctx.e911)
        authenticate("dashboard-callbacks") {
            dashboardCallbacks(ctx.orderCallbacks, ctx.portInCallbacks)
        }
        authenticate("ops") {
            opsRoutes(ctx.orders, ctx.provisioning, ctx.sipPeerTns, ctx.sync, ctx.catalog, ctx.dashboardHttp, ctx.settings)
        }
    }

    ctx.reportJob.start(jobs)
    environment.monitor.subscribe(ApplicationStopped) {
        jobs.cancel()
        ctx.close()
    }
}
