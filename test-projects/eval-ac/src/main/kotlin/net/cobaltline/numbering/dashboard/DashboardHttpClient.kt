package net.cobaltline.numbering.dashboard

import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.basic
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.plugins.logging.LogLevel
import io.ktor.client.plugins.logging.Logging
import io.ktor.client.request.header
import io.ktor.http.ContentType
import io.ktor.http.HttpHeaders
import net.cobaltline.numbering.config.DashboardSettings

object DashboardHttpClient {

    /**
     * The one HttpClient all Dashboard clients share. [engine] is swapped for a MockEngine in tests.
     */
    fun create(settings: DashboardSettings, engine: HttpClientEngine = CIO.create()): HttpClient =
        HttpClient(engine) {
            expectSuccess = true
            install(HttpTimeout) {
                requestTimeoutMillis = settings.requestTimeoutMillis
            }
            install(Auth) {
                basic {
                    sendWithoutRequest { true }
                    credentials { BasicAuthCredentials(settings.username, settings.password) }
                }
            }
            install(Logging) {
                level = LogLevel.INFO
            }
            defaultRequest {
                url(settings.normalizedBaseUrl)
                header(HttpHeaders.Accept, ContentType.Application.Xml.toString())
                header(HttpHeaders.UserAgent, "cobaltline-tn-provisioning/3.4")
            }
        }
}
