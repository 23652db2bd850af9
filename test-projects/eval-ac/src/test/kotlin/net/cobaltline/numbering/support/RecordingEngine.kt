package net.cobaltline.numbering.support

import io.ktor.client.HttpClient
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.respond
import io.ktor.client.engine.mock.toByteArray
import io.ktor.client.request.HttpRequestData
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.http.HttpStatusCode
import io.ktor.http.Url
import io.ktor.http.headersOf
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.DashboardHttpClient
import java.util.concurrent.CopyOnWriteArrayList

/**
 * MockEngine that records every request (method, URL, body) and answers with whatever
 * [responder] returns. Bodies are read as text since all our Dashboard payloads are XML.
 */
class RecordingEngine(
    private val responder: (HttpRequestData) -> Pair<HttpStatusCode, String> = { HttpStatusCode.OK to "<Response/>" },
) {
    data class Recorded(val method: HttpMethod, val url: Url, val body: String, val contentType: String?)

    val requests: MutableList<Recorded> = CopyOnWriteArrayList()

    val engine = MockEngine { request ->
        val body = String(request.body.toByteArray())
        requests += Recorded(request.method, request.url, body, request.body.contentType?.toString())
        val (status, content) = responder(request)
        respond(
            content = content,
            status = status,
            headers = headersOf(
                HttpHeaders.ContentType to listOf("application/xml"),
                HttpHeaders.Location to listOf(request.url.toString().trimEnd('/') + "/" + LOCATION_ID),
            ),
        )
    }

    fun dashboardClient(settings: DashboardSettings = TestSettings.dashboard): HttpClient =
        DashboardHttpClient.create(settings, engine)

    fun last(): Recorded = requests.last()

    companion object {
        const val LOCATION_ID = "b5f3e2a1-0c4d-4e8f-9a7b-123456789abc"

        fun ok(body: String) = RecordingEngine { HttpStatusCode.OK to body }
    }
}
