package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.ImportTnOrder
import com.bandwidth.iris.sdk.model.TelephoneNumber
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** Pins down the URLs the Iris SDK builds, so an SDK upgrade cannot silently move us. */
class IrisClientUrlTest {

    @Test
    fun `sdk builds versioned account paths`() {
        val client = IrisClient("https://dashboard.bandwidth.com/api", "9900123", "user", "secret", "v1.0")

        assertEquals(
            "https://dashboard.bandwidth.com/v1.0/accounts/9900123/sites",
            client.buildAccountModelUri(arrayOf("sites")),
        )
    }

    @Test
    fun `import order model carries the numbers`() {
        val order = ImportTnOrder().apply {
            customerOrderId = "qc-hm-42"
            telephoneNumberList = listOf(
                "9195550131",
                "9195550132",
            ).map { tn -> TelephoneNumber().apply { fullNumber = tn } }
        }

        assertEquals(2, order.telephoneNumberList.size)
    }
}
