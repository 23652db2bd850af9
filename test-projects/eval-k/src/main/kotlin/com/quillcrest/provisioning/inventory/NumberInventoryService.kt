package com.quillcrest.provisioning.inventory

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.DashboardRestClient
import com.quillcrest.provisioning.dashboard.InventoryClient
import com.quillcrest.provisioning.sdk.IrisNumberSearchService
import org.slf4j.LoggerFactory
import org.springframework.scheduling.annotation.Scheduled
import org.springframework.stereotype.Service
import java.time.Instant

/**
 * Nightly inventory sync and the inventory queries behind the customer portal.
 */
@Service
class NumberInventoryService(
    private val inventoryClient: InventoryClient,
    private val dashboardRestClient: DashboardRestClient,
    private val searchService: IrisNumberSearchService,
    private val tnStore: TnStore,
    private val props: DashboardProperties,
) {

    @Scheduled(cron = "\${quillcrest.inventory.sync-cron:0 15 3 * * *}")
    fun nightlySync() {
        val started = Instant.now()
        SYNCED_AREA_CODES.forEach(::syncAreaCode)
        log.info("inventory sync done in {} ms, {} numbers", Instant.now().toEpochMilli() - started.toEpochMilli(), tnStore.all().size)
    }

    fun syncAreaCode(areaCode: String) {
        inventoryClient.inServiceNumbers(areaCode).forEach { tn ->
            val npa = tn.substring(0, 3)
            tnStore.save(
                TnRecord(
                    telephoneNumber = tn,
                    areaCode = npa.toInt(),
                    siteId = props.defaultSiteId,
                    sipPeerId = props.defaultSipPeerId,
                    status = TnStatus.ACTIVE,
                    messagingEnabled = false,
                    lastSynced = Instant.now(),
                ),
            )
        }
    }

    /** Exchanges with stock, sorted by area code, for the "pick your exchange" screen. */
    fun exchangesWithStock(areaCode: String): List<String> =
        dashboardRestClient.availableNpaNxx(areaCode).blocks
            .filter { it.quantity > 0 && it.npa >= 200 }
            .sortedBy { it.npa }
            .map { "${it.npa}-${it.nxx}" }

    fun exchangesFromSdk(areaCode: String): List<Int> =
        searchService.npaNxxStock(areaCode).keys.map { Integer.parseInt(it.take(3)) }.distinct()

    /** Formats a TN from the Dashboard for the portal, e.g. (919) 555-0123. */
    fun displayNumber(tn: String): String {
        val details = dashboardRestClient.tnDetails(tn).details ?: return tn
        val digits = details.fullNumber.toString()
        return "(${digits.take(3)}) ${digits.substring(3, 6)}-${digits.substring(6)}"
    }

    companion object {
        private val log = LoggerFactory.getLogger(NumberInventoryService::class.java)
        /** Markets we sync nightly. Raleigh-Durham, Charlotte, Atlanta. */
        val SYNCED_AREA_CODES = listOf("919", "984", "704", "404")
    }
}
