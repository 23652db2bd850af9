package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType
import com.bandwidth.iris.sdk.model.Order
import com.bandwidth.iris.sdk.model.OrderResponse
import com.quillcrest.provisioning.config.DashboardProperties
import org.springframework.stereotype.Service

@Service
class IrisOrderService(
    private val irisClient: IrisClient,
    private val props: DashboardProperties,
) {

    fun orderExisting(tns: Collection<String>, customerOrderId: String): OrderResponse =
        Order.create(irisClient, baseOrder(customerOrderId).apply {
            existingTelephoneNumberOrderType = ExistingTelephoneNumberOrderType().apply {
                telephoneNumberList = tns.toList()
            }
        })

    fun orderInAreaCode(areaCode: String, quantity: Int, customerOrderId: String): OrderResponse =
        Order.create(irisClient, baseOrder(customerOrderId).apply {
            areaCodeSearchAndOrderType = AreaCodeSearchAndOrderType().apply {
                this.areaCode = areaCode
                this.quantity = quantity
            }
        })

    /**
     * Numbers of a completed order, as SIP request-URIs for our SBC routing table
     * (the SBC wants 11-digit NANP).
     */
    fun completedForRouting(orderId: String): List<String> =
        Order.get(irisClient, orderId).telephoneNumbers.orEmpty()
            .map { it.fullNumber }
            .map { "1$it" }

    private fun baseOrder(customerOrderId: String) = Order().apply {
        this.customerOrderId = customerOrderId
        siteId = props.defaultSiteId
        peerId = props.defaultSipPeerId
        isPartialAllowed = false
    }
}
