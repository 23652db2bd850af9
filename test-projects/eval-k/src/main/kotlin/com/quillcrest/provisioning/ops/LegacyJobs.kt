package com.quillcrest.provisioning.ops

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.legacy.LegacyE911Provisioner
import com.quillcrest.provisioning.legacy.LegacyInventoryExporter
import com.quillcrest.provisioning.legacy.LegacyIrisHttpClient
import com.quillcrest.provisioning.legacy.LegacyOrderTemplates
import com.quillcrest.provisioning.legacy.LegacyTnParser
import com.quillcrest.provisioning.legacy.PortInOrderBuilder
import org.slf4j.LoggerFactory
import org.springframework.scheduling.annotation.Scheduled
import org.springframework.stereotype.Component

/**
 * Jobs that still run on the Java-era clients: the weekly E911 audit, porting status polling
 * and the disaster-recovery re-order. Triggered by the scheduler or from the ops console.
 */
@Component
class LegacyJobs(
    private val legacyClient: LegacyIrisHttpClient,
    private val props: DashboardProperties,
) {
    private val e911Provisioner by lazy { LegacyE911Provisioner(props.accountId, props.username, props.password) }

    @Scheduled(cron = "\${quillcrest.e911.audit-cron:0 0 6 * * MON}")
    fun weeklyE911Audit() {
        val invalid = e911Provisioner.fetchInvalidAddresses()
        log.info("E911 audit: {} bytes of invalid addresses", invalid.length)
    }

    fun portInNumbers(orderId: String): List<String> =
        LegacyTnParser.telephoneNumbers(legacyClient.getPortIn(orderId))

    /** Port request from the porting desk; numbers as the desk typed them. */
    fun submitPortIn(customerOrderId: String, numbers: List<String>, subscriber: String): String =
        PortInOrderBuilder()
            .customerOrderId(customerOrderId)
            .site(props.defaultSiteId, props.defaultSipPeerId)
            .subscriber(subscriber)
            .apply { numbers.forEach { number(it) } }
            .build()
            .let(legacyClient::createPortIn)

    fun financeExport(areaCodes: List<String>): String =
        LegacyInventoryExporter(legacyClient, props.defaultSiteId).export(areaCodes)

    /** DR runbook step 4: re-order the IVR and fax numbers onto the rebuilt site. */
    fun reorderDrNumbers(siteId: String, peerId: String): List<String> = listOf(
        legacyClient.createOrder(LegacyOrderTemplates.drIvrOrder(siteId, peerId)),
        legacyClient.createOrder(LegacyOrderTemplates.faxLineOrder(siteId)),
    )

    companion object {
        private val log = LoggerFactory.getLogger(LegacyJobs::class.java)
    }
}
