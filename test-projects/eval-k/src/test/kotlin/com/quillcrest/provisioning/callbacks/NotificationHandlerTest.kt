package com.quillcrest.provisioning.callbacks

import com.fasterxml.jackson.dataformat.xml.XmlMapper
import com.fasterxml.jackson.module.kotlin.registerKotlinModule
import com.quillcrest.provisioning.inventory.TnRecord
import com.quillcrest.provisioning.inventory.TnStatus
import com.quillcrest.provisioning.inventory.TnStore
import com.quillcrest.provisioning.products.SmsSender
import com.quillcrest.provisioning.support.Fixtures
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.mockito.Mockito.mock
import java.time.Instant

class NotificationHandlerTest {

    private val xmlMapper = XmlMapper().registerKotlinModule()
    private val store = TnStore()
    private val handler = NotificationHandler(store, mock(SmsSender::class.java))

    @BeforeEach
    fun seed() {
        store.clear()
        listOf("9195550177", "9195550178").forEach {
            store.save(TnRecord(it, 919, "30541", "500651", TnStatus.RESERVED, false, Instant.EPOCH))
        }
    }

    @Test
    fun `complete notification activates reserved numbers`() {
        val notification = xmlMapper.readValue(Fixtures.read("notification-order-complete.xml"), OrderNotification::class.java)

        handler.onOrderNotification(notification)

        assertEquals(TnStatus.ACTIVE, store.findByNumber("9195550177")?.status)
        assertEquals(TnStatus.ACTIVE, store.findByNumber("9195550178")?.status)
    }

    @Test
    fun `disconnect notification marks numbers`() {
        val notification = xmlMapper.readValue(Fixtures.read("notification-disconnect.xml"), OrderNotification::class.java)

        handler.onDisconnectNotification(notification)

        assertEquals(TnStatus.DISCONNECTED, store.findByNumber("9195550178")?.status)
    }
}
