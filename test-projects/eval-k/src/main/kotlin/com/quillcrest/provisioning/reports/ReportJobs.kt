package com.quillcrest.provisioning.reports

import com.quillcrest.provisioning.dashboard.ReportInstanceClient
import com.quillcrest.provisioning.legacy.ReportCsvRow
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.scheduling.annotation.Scheduled
import org.springframework.stereotype.Component
import java.net.URI
import java.time.YearMonth

/**
 * Requests the monthly inventory and usage reports from the Dashboard and feeds them to
 * billing reconciliation.
 */
@Component
class ReportJobs(
    private val reports: ReportInstanceClient,
    private val parser: InventoryReportParser,
    @Value("\${quillcrest.reports.inventory-report-id}") private val inventoryReportId: String,
    @Value("\${quillcrest.reports.usage-report-id}") private val usageReportId: String,
    @Value("\${bandwidth.dashboard.account-id}") private val accountId: String,
) {
    private val pending = mutableListOf<URI>()

    @Scheduled(cron = "\${quillcrest.reports.cron:0 30 2 1 * *}")
    fun requestMonthly() {
        val month = YearMonth.now().minusMonths(1).toString()
        reports.requestInstance(inventoryReportId, mapOf("Account" to accountId, "Month" to month))?.let(pending::add)
        reports.requestInstance(usageReportId, mapOf("Account" to accountId, "Month" to month))?.let(pending::add)
    }

    @Scheduled(fixedDelayString = "PT10M")
    fun collect() {
        val done = pending.filter { reports.instanceStatus(it)?.contains("<Status>Ready</Status>") == true }
        done.forEach { url ->
            val csv = reports.download(url).decodeToString()
            val rows = parser.parse(csv)
            val billable = csv.lineSequence().drop(2).filter { it.isNotBlank() }.map(ReportCsvRow::parse).toList()
            log.info("report {}: {} rows, {} billable", url, rows.size, billable.size)
        }
        pending.removeAll(done)
    }

    companion object {
        private val log = LoggerFactory.getLogger(ReportJobs::class.java)
    }
}
