package net.cobaltline.numbering.callbacks

import net.cobaltline.numbering.store.PortRequestDao
import org.slf4j.LoggerFactory
import java.time.LocalDate

/** Port-in progress from the Dashboard: FOC dates and completion. */
class PortInNotificationHandler(private val ports: PortRequestDao) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun handle(notification: Notification) {
        val orderId = notification.orderId ?: return
        notification.actualFocDate?.let { ports.updateFoc(orderId, LocalDate.parse(it.substring(0, 10))) }
        if (!notification.isComplete) return

        val byAreaCode = notification.completedTelephoneNumbers.groupBy { tn -> tn.take(3).toInt() }
        byAreaCode.forEach { (areaCode, tns) ->
            log.info("port {} completed {} numbers in NPA {}", orderId, tns.size, areaCode)
        }
        notification.completedTelephoneNumbers.forEach { tn ->
            ports.markPorted(orderId, billingTn = "1$tn")
        }
    }
}
