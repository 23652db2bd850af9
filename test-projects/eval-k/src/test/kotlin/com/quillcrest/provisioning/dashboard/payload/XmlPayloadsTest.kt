package com.quillcrest.provisioning.dashboard.payload

import com.quillcrest.provisioning.support.Fixtures
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class XmlPayloadsTest {

    private fun String.squash() = lines().joinToString("") { it.trim() }

    @Test
    fun `existing numbers order matches fixture`() {
        val xml = existingNumbersOrderXml(
            customerOrderId = "qc-1001",
            siteId = "30541",
            sipPeerId = "500651",
            tns = listOf(
                "9195550140",
                "9195550141",
            ),
        )
        assertEquals(Fixtures.read("order-existing-request.xml").squash(), xml.squash())
    }

    @Test
    fun `sms tn option order`() {
        val xml = smsTnOptionXml("qc-sms-7", listOf("+19195550150"), enabled = true)
        assertTrue(xml.contains("<Sms>on</Sms>"))
        assertTrue(xml.contains("<TelephoneNumber>+19195550150</TelephoneNumber>"))
    }

    @Test
    fun `telephone numbers are wrapped in order`() {
        assertEquals(
            "<TelephoneNumber>a</TelephoneNumber><TelephoneNumber>b</TelephoneNumber>",
            telephoneNumbersXml(listOf("a", "b")),
        )
    }
}
