package com.quillcrest.provisioning.sdk

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.model.ImportTnOrder
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder
import com.bandwidth.iris.sdk.model.ServiceAddress
import com.bandwidth.iris.sdk.model.Subscriber
import com.bandwidth.iris.sdk.model.TelephoneNumber
import com.quillcrest.provisioning.config.DashboardProperties
import org.springframework.stereotype.Service

/**
 * Hosted messaging through the SDK: import orders put SMS on numbers whose voice stays with
 * the customer's carrier; removal orders take it off again.
 */
@Service
class IrisHostedMessagingService(
    private val irisClient: IrisClient,
    private val props: DashboardProperties,
) {

    fun enable(tns: List<String>, customerOrderId: String, authorizingPerson: String): String {
        val order = ImportTnOrder().apply {
            this.customerOrderId = customerOrderId
            siteId = props.defaultSiteId.toInt()
            sipPeer = props.defaultSipPeerId.toInt()
            loaAuthorizingPerson = authorizingPerson
            subscriber = quillcrestSubscriber()
            telephoneNumberList = tns.map { tn -> TelephoneNumber().apply { fullNumber = tn } }
        }
        return ImportTnOrder.Create(irisClient, order).importTnOrder.orderId
    }

    fun status(orderId: String): String = ImportTnOrder.Get(irisClient, orderId).processingStatus

    fun history(orderId: String): OrderHistoryWrapper = ImportTnOrder.GetHistory(irisClient, orderId)

    fun pending(): List<ImportTnOrderSummary> =
        ImportTnOrder.List(irisClient, mapOf("status" to "PROCESSING")).importTnOrderSummaryList.orEmpty()

    fun disable(tns: List<String>, customerOrderId: String): String {
        val removal = RemoveImportedTnOrder().apply {
            this.customerOrderId = customerOrderId
            telephoneNumberList = tns.map { tn -> TelephoneNumber().apply { fullNumber = tn } }
        }
        return RemoveImportedTnOrder.Create(irisClient, removal).removeImportedTnOrder.orderId
    }

    fun removalStatus(orderId: String): String =
        RemoveImportedTnOrder.Get(irisClient, orderId).processingStatus

    private fun quillcrestSubscriber() = Subscriber().apply {
        name = "Quillcrest Communications"
        businessName = "Quillcrest Communications LLC"
        subscriberType = "BUSINESS"
        serviceAddress = ServiceAddress().apply {
            houseNumber = "410"
            streetName = "Blackwell St"
            city = "Durham"
            stateCode = "NC"
            zip = "27701"
            country = "US"
        }
    }
}
