package net.cobaltline.numbering.reports

/**
 * Parses the Dashboard "Iris Telephone Number Inventory Report" CSV.
 * First line is the report title, then one number per line, optionally followed by
 * rate center and status columns.
 */
class InventoryReportParser {

    data class Row(val tn: String, val npa: String, val rateCenter: String?, val status: String?)

    data class Result(val rows: List<Row>, val rejected: List<String>)

    fun parse(csv: String): Result {
        val rows = mutableListOf<Row>()
        val rejected = mutableListOf<String>()
        csv.lineSequence()
            .map(String::trim)
            .filter { it.isNotEmpty() && !it.startsWith(TITLE_PREFIX) }
            .forEach { line ->
                val cols = line.split(',')
                val tn = cols[0]
                if (!TN_PATTERN.matches(tn)) {
                    rejected += line
                    return@forEach
                }
                rows += Row(
                    tn = tn,
                    npa = tn.substring(0, 3),
                    rateCenter = cols.getOrNull(1)?.ifBlank { null },
                    status = cols.getOrNull(2)?.ifBlank { null },
                )
            }
        return Result(rows, rejected)
    }

    companion object {
        const val TITLE_PREFIX = "Iris Telephone Number Inventory Report"
        val TN_PATTERN = Regex("^[0-9]{10}$")
    }
}
