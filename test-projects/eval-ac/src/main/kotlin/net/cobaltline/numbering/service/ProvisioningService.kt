package net.cobaltline.numbering.service

import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import net.cobaltline.numbering.api.OrderNumbersRequest
import net.cobaltline.numbering.api.OrderNumbersResponse
import net.cobaltline.numbering.config.DashboardSettings
import net.cobaltline.numbering.dashboard.OrderClient
import net.cobaltline.numbering.numbers.CustomerNumberValidator
import net.cobaltline.numbering.numbers.Tn
import net.cobaltline.numbering.store.InventoryRepository
import net.cobaltline.numbering.store.TnStatus
import org.slf4j.LoggerFactory
import java.time.LocalDate
import java.time.format.DateTimeFormatter

class ProvisioningService(
    private val orders: OrderClient,
    private val inventory: InventoryRepository,
    private val messaging: MessagingEnablementService,
    private val settings: DashboardSettings,
) {
    private val log = LoggerFactory.getLogger(javaClass)
    private val day = DateTimeFormatter.BASIC_ISO_DATE

    suspend fun order(request: OrderNumbersRequest): OrderNumbersResponse {
        val tns = request.numbers.map { CustomerNumberValidator.normalize(it) ?: error("validated upstream") }
        val customerOrderId = "CL-%s-%d-%d".format(LocalDate.now().format(day), request.customerId, tns.size)
        tns.forEach { inventory.upsert(Tn(it), settings.siteId, TnStatus.RESERVED, request.customerId) }

        val response = orders.orderExisting(customerOrderId, tns)
        val orderId = response.order?.id ?: error("Dashboard returned no order id for $customerOrderId")
        log.info("order {} placed for customer {} ({} numbers)", orderId, request.customerId, tns.size)

        if (request.enableSms) {
            coroutineScope {
                tns.chunked(SMS_BATCH).map { batch -> async { messaging.enable(batch) } }.awaitAll()
            }
        }
        return OrderNumbersResponse(orderId = orderId, status = response.orderStatus ?: "RECEIVED", customerOrderId = customerOrderId)
    }

    /** Orders [quantity] numbers in an area code for the number pool (ops endpoint). */
    suspend fun replenishPool(areaCode: Int, quantity: Int): String {
        val customerOrderId = "POOL-$areaCode-" + System.currentTimeMillis()
        val response = orders.orderByAreaCode(customerOrderId, areaCode, quantity)
        OrderClient.completedNumbers(response).forEach { tn ->
            inventory.upsert(Tn(tn.toString()), settings.siteId, TnStatus.ORDERED)
        }
        return response.order?.id ?: customerOrderId
    }

    private companion object {
        const val SMS_BATCH = 50
    }
}
