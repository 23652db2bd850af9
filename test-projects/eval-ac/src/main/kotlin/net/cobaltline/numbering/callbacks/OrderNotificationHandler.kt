package net.cobaltline.numbering.callbacks

import net.cobaltline.numbering.numbers.pretty
import net.cobaltline.numbering.store.InventoryRepository
import net.cobaltline.numbering.store.TnStatus
import org.slf4j.LoggerFactory

/**
 * Marks numbers active when the Dashboard says their order completed, and tells the
 * customer which numbers they got.
 */
class OrderNotificationHandler(
    private val inventory: InventoryRepository,
    private val notifier: CustomerNotifier,
) {
    private val log = LoggerFactory.getLogger(javaClass)
    private val tenDigits = Regex("\\d{10}")

    fun handle(notification: Notification) {
        if (!notification.isComplete) {
            log.info("order {} is {}: {}", notification.orderId, notification.status, notification.message)
            return
        }
        val activated = mutableListOf<String>()
        for (tn in notification.completedTelephoneNumbers) {
            if (!tn.matches(tenDigits)) {
                log.warn("skipping unexpected number {} in order {}", tn, notification.orderId)
                continue
            }
            val row = inventory.findByTn(tn)
            if (row == null) {
                log.warn("order {} completed {} which is not in inventory", notification.orderId, tn)
                continue
            }
            inventory.updateStatus(tn, TnStatus.ACTIVE)
            activated += tn
        }
        notification.customerOrderId?.let { customerOrderId ->
            notifier.numbersActive(customerOrderId, activated.map { it.pretty() })
        }
    }
}

fun interface CustomerNotifier {
    fun numbersActive(customerOrderId: String, numbers: List<String>)
}
