package net.cobaltline.numbering.service

import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.ExternalTnsClient
import net.cobaltline.numbering.dashboard.HostedMessagingClient
import net.cobaltline.numbering.dashboard.model.ExternalTnsOrder
import net.cobaltline.numbering.dashboard.model.ImportTnOrder
import net.cobaltline.numbering.numbers.toE164
import java.util.UUID

/**
 * Hosted messaging for customers who keep voice elsewhere. New imports use importTnOrders;
 * the externalTns path is still used for the 2019 contracts that were set up that way.
 */
class HostedMessagingService(
    private val hosted: HostedMessagingClient,
    private val external: ExternalTnsClient,
    private val settings: DashboardSettings,
) {
    suspend fun import(customerName: String, loaPerson: String, tns: List<String>): String? {
        val customerOrderId = "HM-" + UUID.randomUUID().toString().take(8)
        val order = ImportTnOrder.of(customerOrderId, settings.siteId, settings.sipPeerId, loaPerson, tns.map { it.toE164() })
        return hosted.import(order).order?.orderId
    }

    suspend fun importLegacyContract(contractId: String, tns: List<String>): String =
        external.submit(
            ExternalTnsOrder(
                customerOrderId = "EXT-$contractId",
                siteId = settings.siteId,
                sipPeerId = settings.sipPeerId,
                action = "IMPORT",
                telephoneNumbers = tns,
            ),
        )

    suspend fun removeLegacyContract(contractId: String, tns: List<String>): String =
        external.submit(
            ExternalTnsOrder(
                customerOrderId = "EXT-$contractId-R",
                siteId = settings.siteId,
                sipPeerId = settings.sipPeerId,
                action = "REMOVE",
                telephoneNumbers = tns,
            ),
        )

    suspend fun remove(tns: List<String>): String =
        hosted.remove("HMR-" + UUID.randomUUID().toString().take(8), tns.map { it.toE164() })
}
