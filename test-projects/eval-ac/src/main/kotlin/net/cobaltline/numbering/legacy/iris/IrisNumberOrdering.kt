package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType
import com.bandwidth.iris.sdk.model.AvailableNumbers
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType
import com.bandwidth.iris.sdk.model.ImportTnChecker
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload
import com.bandwidth.iris.sdk.model.Order
import com.bandwidth.iris.sdk.model.OrderResponse
import com.bandwidth.iris.sdk.model.Tns
import org.slf4j.LoggerFactory

/**
 * Number ordering for the wholesale sub-account, still on the Iris SDK.
 */
class IrisNumberOrdering(private val client: IrisClient, private val siteId: String) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun search(areaCode: String, quantity: Int): List<*> {
        val query: Map<String, Any> = mapOf("areaCode" to areaCode, "quantity" to quantity, "enableTNDetail" to false)
        return AvailableNumbers.search(client, query)
    }

    fun orderExisting(customerOrderId: String, tns: List<String>): OrderResponse {
        val order = Order()
        order.setCustomerOrderId(customerOrderId)
        order.setSiteId(siteId)
        order.setPartialAllowed(false)
        order.setExistingTelephoneNumberOrderType(ExistingTelephoneNumberOrderType().apply { setTelephoneNumberList(tns) })
        return Order.create(client, order)
    }

    fun orderInAreaCode(customerOrderId: String, areaCode: String, quantity: Int): OrderResponse {
        val order = Order().apply {
            setCustomerOrderId(customerOrderId)
            setSiteId(siteId)
            setAreaCodeSearchAndOrderType(
                AreaCodeSearchAndOrderType().apply {
                    setAreaCode(areaCode)
                    setQuantity(quantity)
                },
            )
        }
        return Order.create(client, order)
    }

    /** Health probe run by the wholesale monitor every five minutes. */
    fun probe(): Boolean = runCatching {
        val details = Tns.getTnDetails(client, PROBE_TN)
        log.debug("probe {} -> {}", PROBE_TN, details.status)
        details.status != null
    }.getOrDefault(false)

    /** Pre-port check of the two pool numbers the onboarding runbook re-imports each quarter. */
    fun checkPoolImportable(): Boolean {
        val payload = ImportTnCheckerPayload()
        payload.setTelephoneNumberList(listOf("7042150011", "7042150012"))
        val response = ImportTnChecker.Check(client, payload)
        return response.importTnCheckerPayload?.importTnErrorList.isNullOrEmpty()
    }

    companion object {
        const val PROBE_TN = "9192150001"
    }
}
