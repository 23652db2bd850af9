package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.IrisPath
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType
import com.bandwidth.iris.sdk.model.Order
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull

/** Pins down the URLs the real SDK jar builds; no network involved. */
class IrisClientFactoryTest {

    @Test
    fun `retail client uses the SDK default host and version`() {
        val client = IrisClientFactory.retail("9900012", "u", "p")
        assertEquals(
            "https://dashboard.bandwidth.com/v1.0/accounts/9900012/orders",
            client.buildAccountModelUri(arrayOf(IrisPath.ORDERS_URI_PATH)),
        )
    }

    @Test
    fun `explicit client builds the same import path`() {
        val client = IrisClient("9900012", "u", "p")
        assertEquals(
            "https://dashboard.bandwidth.com/v1.0/accounts/9900012/importTnOrders",
            client.buildAccountModelUri(arrayOf(IrisPath.IMPORT_TN_ORDERS)),
        )
    }

    @Test
    fun `tn options client is on v2`() {
        val client = IrisClientFactory.tnOptionsClient("9900012", "u", "p")
        assertEquals(
            "https://dashboard.bandwidth.com/api/v2/accounts/9900012/tnoptions",
            client.buildAccountModelUri(arrayOf(IrisPath.TN_OPTIONS)),
        )
    }

    @Test
    fun `named clients come from iris-legacy xml`() {
        assertEquals("https://api.inetwork.com/v1.0", IrisClientFactory.config("wholesale").uri)
        assertNotNull(IrisClientFactory.named("sandbox", "u", "p"))
    }

    @Test
    fun `order model takes national numbers`() {
        val order = Order().apply {
            setCustomerOrderId("WS-1")
            setSiteId("1188")
            setExistingTelephoneNumberOrderType(
                ExistingTelephoneNumberOrderType().apply { setTelephoneNumberList(listOf("7045550123", "7045550124")) },
            )
        }
        assertNotNull(order)
    }
}
