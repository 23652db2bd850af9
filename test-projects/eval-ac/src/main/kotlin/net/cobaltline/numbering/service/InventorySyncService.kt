package net.cobaltline.numbering.service

import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.InServiceNumbersClient
import net.cobaltline.numbering.numbers.MarketAreaCodes
import net.cobaltline.numbering.numbers.Tn
import net.cobaltline.numbering.store.InventoryRepository
import net.cobaltline.numbering.store.TnStatus
import org.slf4j.LoggerFactory

/** Pulls in-service numbers per market area code and upserts them into tn_inventory. */
class InventorySyncService(
    private val inService: InServiceNumbersClient,
    private val inventory: InventoryRepository,
    private val settings: DashboardSettings,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    data class SyncResult(val seen: Int, val skipped: Int)

    suspend fun syncAll(): SyncResult {
        var seen = 0
        var skipped = 0
        for (areaCode in MarketAreaCodes.all.sorted()) {
            var page = 1
            while (true) {
                val result = inService.page(areaCode.toString(), page)
                for (raw in result.telephoneNumbers) {
                    seen++
                    if (raw.length != 10) {
                        skipped++
                        continue
                    }
                    inventory.upsert(Tn(raw), settings.siteId, TnStatus.ACTIVE)
                }
                if (result.telephoneNumbers.size < InServiceNumbersClient.PAGE_SIZE) break
                page++
            }
        }
        log.info("inventory sync: {} numbers seen, {} skipped", seen, skipped)
        return SyncResult(seen, skipped)
    }

    /** Numbers the Dashboard has in [areaCode] that are missing from tn_inventory. */
    suspend fun missingIn(areaCode: Int): List<String> {
        val dashboard = inService.page(areaCode.toString(), 1).telephoneNumbers
        val local = inventory.byAreaCode(areaCode).map { it.tn }.toSet()
        return dashboard.filter { tn -> Integer.parseInt(tn.substring(0, 3)) == areaCode && tn !in local }
    }
}
