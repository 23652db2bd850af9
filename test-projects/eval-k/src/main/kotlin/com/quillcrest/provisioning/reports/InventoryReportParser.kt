package com.quillcrest.provisioning.reports

import org.slf4j.LoggerFactory
import org.springframework.stereotype.Component

/**
 * Parses the Dashboard's "Iris Telephone Number Inventory Report" (CSV). The first line is
 * the report title, the second the header; one number per row after that.
 */
@Component
class InventoryReportParser {

    data class InventoryRow(
        val telephoneNumber: String,
        val npa: String,
        val nxx: String,
        val rateCenter: String,
        val state: String,
        val siteId: String,
    )

    fun parse(csv: String): List<InventoryRow> =
        csv.lineSequence()
            .drop(HEADER_LINES)
            .map { it.trim() }
            .filter { it.isNotEmpty() }
            .mapNotNull(::parseRow)
            .toList()

    private fun parseRow(line: String): InventoryRow? {
        val cols = line.split(',').map { it.trim().removeSurrounding("\"") }
        val tn = cols[0]
        if (!TN_PATTERN.matches(tn)) {
            log.warn("skipping malformed inventory row: {}", line)
            return null
        }
        return InventoryRow(
            telephoneNumber = tn,
            npa = tn.substring(0, 3),
            nxx = tn.substring(3, 6),
            rateCenter = cols.getOrElse(1) { "" },
            state = cols.getOrElse(2) { "" },
            siteId = cols.getOrElse(3) { "" },
        )
    }

    companion object {
        private val log = LoggerFactory.getLogger(InventoryReportParser::class.java)
        private const val HEADER_LINES = 2
        private val TN_PATTERN = Regex("""^\d{10}$""")
    }
}
