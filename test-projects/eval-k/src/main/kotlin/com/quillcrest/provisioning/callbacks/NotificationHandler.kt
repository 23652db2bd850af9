package com.quillcrest.provisioning.callbacks

import com.quillcrest.provisioning.inventory.TnRecord
import com.quillcrest.provisioning.inventory.TnStatus
import com.quillcrest.provisioning.inventory.TnStore
import com.quillcrest.provisioning.products.SmsSender
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Service
import java.time.Instant

/**
 * Applies Dashboard callbacks to our inventory. The store is keyed by the 10-digit number,
 * exactly as the Dashboard reports it (e.g. 9195550123).
 */
@Service
class NotificationHandler(
    private val tnStore: TnStore,
    private val smsSender: SmsSender,
) {

    fun onOrderNotification(notification: OrderNotification) {
        when (NotificationStatus.of(notification.status)) {
            NotificationStatus.COMPLETE, NotificationStatus.PARTIAL -> activate(notification)
            NotificationStatus.FAILED -> log.warn("order {} failed: {}", notification.orderId, notification.message)
            else -> log.debug("ignoring {} for {}", notification.status, notification.orderId)
        }
    }

    private fun activate(notification: OrderNotification) {
        val now = Instant.now()
        notification.completedTelephoneNumbers
            .mapNotNull { tn -> tnStore.findByNumber(tn) }
            .forEach { record -> tnStore.save(record.copy(status = TnStatus.ACTIVE, lastSynced = now)) }
    }

    fun onPortInNotification(notification: OrderNotification) {
        if (NotificationStatus.of(notification.status) != NotificationStatus.COMPLETE) return
        notification.completedTelephoneNumbers.forEach { tn ->
            val npa = tn.substring(0, 3)
            tnStore.save(
                TnRecord(
                    telephoneNumber = tn,
                    areaCode = npa.toInt(),
                    siteId = "",
                    sipPeerId = "",
                    status = TnStatus.ACTIVE,
                    messagingEnabled = false,
                    lastSynced = Instant.now(),
                ),
            )
            smsSender.notifyOps("Port-in complete for $tn (FOC ${notification.actualFocDate})")
        }
    }

    fun onDisconnectNotification(notification: OrderNotification) {
        notification.completedTelephoneNumbers
            .filter { it.matches(TEN_DIGITS) }
            .forEach { tnStore.markDisconnected(it) }
    }

    companion object {
        private val log = LoggerFactory.getLogger(NotificationHandler::class.java)
        private val TEN_DIGITS = Regex("[0-9]{10}")
    }
}
