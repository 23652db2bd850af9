package net.cobaltline.numbering.reports

import net.cobaltline.numbering.support.TestSettings.fixture
import kotlin.test.Test
import kotlin.test.assertEquals

class InventoryReportParserTest {
    private val parser = InventoryReportParser()

    @Test
    fun `parses the downloaded report`() {
        val result = parser.parse(fixture("inventory-report.csv"))

        assertEquals(4, result.rows.size)
        assertEquals("2565806460", result.rows.first().tn)
        assertEquals("256", result.rows.first().npa)
    }

    @Test
    fun `international numbers are rejected`() {
        val csv = """
            Iris Telephone Number Inventory Report
            3048255495,CHARLESTON,Inservice
            +441224003018,ABERDEEN,Inservice
        """.trimIndent()

        val result = parser.parse(csv)

        assertEquals(listOf("3048255495"), result.rows.map { it.tn })
        assertEquals(listOf("+441224003018,ABERDEEN,Inservice"), result.rejected)
    }
}
