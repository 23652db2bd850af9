package com.quillcrest.provisioning.reports

import com.quillcrest.provisioning.support.Fixtures
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class InventoryReportParserTest {

    private val parser = InventoryReportParser()

    @Test
    fun `parses inventory report and skips malformed rows`() {
        val rows = parser.parse(Fixtures.read("inventory-report.csv"))

        assertEquals(3, rows.size)
        assertEquals("9195550160", rows[0].telephoneNumber)
        assertEquals("919", rows[0].npa)
        assertEquals("RALEIGH", rows[0].rateCenter)
    }
}
