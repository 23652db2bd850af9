package net.cobaltline.numbering.service

import net.cobaltline.numbering.dashboard.SipPeerTnClient
import net.cobaltline.numbering.dashboard.TnOptionsClient
import net.cobaltline.numbering.store.InventoryRepository
import org.slf4j.LoggerFactory

/**
 * Turns SMS on/off for numbers. Numbers on the legacy SIP peer still go through the
 * per-number settings call; everything else uses TN option orders.
 */
class MessagingEnablementService(
    private val sipPeerTns: SipPeerTnClient,
    private val tnOptions: TnOptionsClient,
    private val inventory: InventoryRepository,
    private val legacyPeerTns: Set<String> = emptySet(),
) {
    private val log = LoggerFactory.getLogger(javaClass)

    suspend fun enable(tns: List<String>) = set(tns, true)

    suspend fun disable(tns: List<String>) = set(tns, false)

    private suspend fun set(tns: List<String>, on: Boolean) {
        val (legacy, modern) = tns.partition { it in legacyPeerTns }
        for (tn in legacy) {
            log.info("SMS {} for {} via sippeers/tns (legacy peer)", if (on) "on" else "off", tn)
            sipPeerTns.setSms(tn, on)
        }
        if (modern.isNotEmpty()) {
            tnOptions.setSms(modern, on)
        }
        tns.forEach { inventory.setSms(it, on) }
    }
}
