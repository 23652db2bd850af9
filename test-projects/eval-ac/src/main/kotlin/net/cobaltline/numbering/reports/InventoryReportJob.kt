package net.cobaltline.numbering.reports

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.ReportClient
import net.cobaltline.numbering.store.InventoryRepository
import org.slf4j.LoggerFactory
import kotlin.time.Duration.Companion.hours
import kotlin.time.Duration.Companion.seconds

/**
 * Nightly reconciliation: asks the Dashboard for the inventory report, waits for it,
 * and flags numbers we think are active that Bandwidth no longer has.
 */
class InventoryReportJob(
    private val reports: ReportClient,
    private val inventory: InventoryRepository,
    private val settings: DashboardSettings,
    private val parser: InventoryReportParser = InventoryReportParser(),
) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun start(scope: CoroutineScope): Job = scope.launch {
        while (isActive) {
            runCatching { runOnce() }.onFailure { log.error("inventory reconciliation failed", it) }
            delay(24.hours)
        }
    }

    suspend fun runOnce(): Int {
        val reportId = settings.reports.inventoryReportId
        val instanceId = reports.requestInventory(reportId)
        var attempts = 0
        while (!reports.instanceStatus(reportId, instanceId).contains("<Status>Ready</Status>")) {
            if (++attempts > 60) error("report $instanceId not ready after $attempts polls")
            delay(settings.reports.pollSeconds.seconds)
        }
        val parsed = parser.parse(reports.download(reportId, instanceId))
        if (parsed.rejected.isNotEmpty()) {
            log.warn("{} report lines rejected, first: {}", parsed.rejected.size, parsed.rejected.first())
        }
        val onDashboard = parsed.rows.mapTo(HashSet()) { it.tn }
        val missing = inventory.activeTns().filterNot { it in onDashboard }
        missing.forEach { log.warn("{} is active in tn_inventory but not on the Dashboard", it) }
        return missing.size
    }
}
