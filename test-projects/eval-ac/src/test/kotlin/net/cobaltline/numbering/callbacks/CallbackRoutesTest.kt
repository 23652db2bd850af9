package net.cobaltline.numbering.callbacks

import io.ktor.client.request.basicAuth
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.server.routing.routing
import io.ktor.server.testing.testApplication
import net.cobaltline.numbering.numbers.Tn
import net.cobaltline.numbering.store.InventoryRepository
import net.cobaltline.numbering.store.InventoryTable
import net.cobaltline.numbering.store.PortRequestDao
import net.cobaltline.numbering.store.TnStatus
import net.cobaltline.numbering.support.TestSettings.fixture
import org.h2.jdbcx.JdbcDataSource
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction
import kotlin.test.BeforeTest
import kotlin.test.Test
import kotlin.test.assertEquals

class CallbackRoutesTest {
    private val dataSource = JdbcDataSource().apply {
        setURL("jdbc:h2:mem:callbacks;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")
    }
    private val db = Database.connect(dataSource)
    private val inventory = InventoryRepository(db)
    private val ports = PortRequestDao(dataSource)
    private val notified = mutableListOf<List<String>>()
    private val orders = OrderNotificationHandler(inventory) { _, numbers -> notified += numbers }
    private val portIns = PortInNotificationHandler(ports)

    @BeforeTest
    fun schema() {
        transaction(db) { SchemaUtils.create(InventoryTable) }
        dataSource.connection.use {
            it.createStatement().execute(
                "CREATE TABLE IF NOT EXISTS port_requests(id IDENTITY PRIMARY KEY, order_id VARCHAR(64), billing_tn BIGINT, status VARCHAR(24), foc_date DATE)",
            )
        }
        inventory.upsert(Tn("6672286710"), "461", TnStatus.ORDERED, customerId = 42)
        inventory.upsert(Tn("5756186700"), "461", TnStatus.ORDERED, customerId = 42)
    }

    @Test
    fun `completed order activates the numbers`() = testApplication {
        routing { dashboardCallbacks(orders, portIns) }

        val response = client.post("/callbacks/dashboard/orders") {
            contentType(ContentType.Application.Xml)
            basicAuth("dashboard-cb", "secret")
            setBody(fixture("notification-complete.xml"))
        }

        assertEquals(HttpStatusCode.OK, response.status)
        assertEquals(TnStatus.ACTIVE, inventory.findByTn("6672286710")?.status)
        assertEquals(listOf("(667) 228-6710", "(575) 618-6700"), notified.single())
    }

    @Test
    fun `failed order changes nothing`() = testApplication {
        routing { dashboardCallbacks(orders, portIns) }

        client.post("/callbacks/dashboard/orders") {
            contentType(ContentType.Application.Xml)
            setBody(
                """
                <Notification>
                    <OrderType>orders</OrderType>
                    <OrderId>47955555-67aa-4adb-8c0f-b6894e60c0dc</OrderId>
                    <Status>FAILED</Status>
                    <Message>Telephone number 5756186700 is not available</Message>
                    <CompletedTelephoneNumbers/>
                </Notification>
                """.trimIndent(),
            )
        }

        assertEquals(TnStatus.ORDERED, inventory.findByTn("5756186700")?.status)
    }

    @Test
    fun `port-in completion marks the request ported`() = testApplication {
        ports.create("port-77", "9195550100")
        routing { dashboardCallbacks(orders, portIns) }

        client.post("/callbacks/dashboard/portins") {
            contentType(ContentType.Application.Xml)
            setBody(
                """
                <Notification>
                    <OrderType>portins</OrderType>
                    <OrderId>port-77</OrderId>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers><TelephoneNumber>9195550100</TelephoneNumber></CompletedTelephoneNumbers>
                    <ActualFocDate>2024-06-20T00:00:00Z</ActualFocDate>
                </Notification>
                """.trimIndent(),
            )
        }

        assertEquals(emptyList(), ports.pendingOrderIds(limit = 2147483647))
    }
}
