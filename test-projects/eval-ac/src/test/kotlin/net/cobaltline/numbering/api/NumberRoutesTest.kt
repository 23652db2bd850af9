package net.cobaltline.numbering.api

import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.install
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.routing.routing
import io.ktor.server.testing.testApplication
import net.cobaltline.numbering.dashboard.NumberSearchClient
import net.cobaltline.numbering.dashboard.OrderClient
import net.cobaltline.numbering.dashboard.SipPeerTnClient
import net.cobaltline.numbering.dashboard.TnOptionsClient
import net.cobaltline.numbering.service.MessagingEnablementService
import net.cobaltline.numbering.service.ProvisioningService
import net.cobaltline.numbering.store.InventoryRepository
import net.cobaltline.numbering.store.InventoryTable
import net.cobaltline.numbering.support.RecordingEngine
import net.cobaltline.numbering.support.TestSettings
import net.cobaltline.numbering.support.TestSettings.fixture
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class NumberRoutesTest {
    private val recorder = RecordingEngine { request ->
        val body = if (request.url.encodedPath.endsWith("/orders")) fixture("order-response.xml") else fixture("available-numbers.xml")
        HttpStatusCode.OK to body
    }
    private val http = recorder.dashboardClient()
    private val db = Database.connect("jdbc:h2:mem:routes;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", driver = "org.h2.Driver")
    private val inventory = InventoryRepository(db).also { transaction(db) { SchemaUtils.create(InventoryTable) } }
    private val provisioning = ProvisioningService(
        OrderClient(http, TestSettings.dashboard),
        inventory,
        MessagingEnablementService(SipPeerTnClient(http, TestSettings.dashboard), TnOptionsClient(http, TestSettings.dashboard), inventory),
        TestSettings.dashboard,
    )

    @Test
    fun `search proxies to the Dashboard`() = testApplication {
        application {
            install(ContentNegotiation) { json() }
            routing { numberRoutes(NumberSearchClient(http, TestSettings.dashboard), provisioning) }
        }

        val response = client.get("/api/v1/numbers/search?areaCode=919&quantity=2")

        assertEquals(HttpStatusCode.OK, response.status)
        assertTrue(response.bodyAsText().contains("\"market\":\"triangle\""))
    }

    @Test
    fun `bad area code is rejected before calling out`() = testApplication {
        application {
            install(ContentNegotiation) { json() }
            routing { numberRoutes(NumberSearchClient(http, TestSettings.dashboard), provisioning) }
        }

        val response = client.get("/api/v1/numbers/search?areaCode=91")

        assertEquals(HttpStatusCode.BadRequest, response.status)
        assertTrue(recorder.requests.isEmpty())
    }

    @Test
    fun `order request is placed on the Dashboard`() = testApplication {
        application {
            install(ContentNegotiation) { json() }
            routing { numberRoutes(NumberSearchClient(http, TestSettings.dashboard), provisioning) }
        }

        val response = client.post("/api/v1/numbers/orders") {
            contentType(ContentType.Application.Json)
            setBody("""{"customerId": 42, "numbers": ["(919) 555-1300", "9195551301"]}""")
        }

        assertEquals(HttpStatusCode.Accepted, response.status)
        assertTrue(recorder.last().body.contains("<TelephoneNumber>9195551300</TelephoneNumber>"))
    }
}
