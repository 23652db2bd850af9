package net.cobaltline.numbering.legacy.iris

import com.bandwidth.iris.sdk.IrisClient
import com.bandwidth.iris.sdk.IrisPath
import com.bandwidth.iris.sdk.model.ImportTnOrder
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper
import com.bandwidth.iris.sdk.model.Subscriber
import com.bandwidth.iris.sdk.model.TelephoneNumber
import org.slf4j.LoggerFactory
import java.io.File
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder as IrisRemoval

/**
 * Hosted messaging for wholesale customers through the SDK.
 */
class IrisHostedMessaging(private val client: IrisClient, private val siteId: Int, private val sipPeerId: Int) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun import(customerOrderId: String, subscriberName: String, loaPerson: String, tns: List<String>): String {
        val order = ImportTnOrder().apply {
            setCustomerOrderId(customerOrderId)
            setSiteId(siteId)
            setSipPeer(sipPeerId)
            setLoaAuthorizingPerson(loaPerson)
            setSubscriber(Subscriber().apply { setName(subscriberName) })
            setTelephoneNumberList(tns.map { tn -> TelephoneNumber().apply { setFullNumber(tn) } })
        }
        val response = ImportTnOrder.Create(client, order)
        log.info("SDK import {} -> {}", customerOrderId, response.importTnOrder?.orderId)
        return response.importTnOrder.orderId
    }

    fun status(orderId: String): String? = ImportTnOrder.Get(client, orderId).processingStatus

    fun history(orderId: String): OrderHistoryWrapper = ImportTnOrder.GetHistory(client, orderId)

    fun completedSince(date: String): Int =
        ImportTnOrder.List(client, mapOf<String, Any>("status" to "COMPLETE", "createdDateFrom" to date)).totalCount

    fun loaFiles(orderId: String): List<String> =
        ImportTnOrder.GetLoas(client, orderId).toString().lines().filter { it.contains(".pdf") }

    fun uploadLoa(orderId: String, pdf: File) {
        ImportTnOrder.UploadLoasFile(client, orderId, pdf, "application/pdf")
    }

    /** 2019 contracts were imported as external TNs; read their status through the raw client. */
    fun externalStatus(orderId: String): String =
        client.get(client.buildAccountModelUri(arrayOf("externalTns", orderId))).responseBody

    fun removalsSince(date: String): Int =
        com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.List(client, mapOf<String, Any>("createdDateFrom" to date)).totalCount

    fun notes(orderId: String): String =
        client.get(client.buildAccountModelUri(arrayOf(IrisPath.IMPORT_TN_ORDERS, orderId, "notes"))).responseBody

    fun remove(customerOrderId: String, tns: List<String>): String {
        val removal = IrisRemoval().apply {
            setCustomerOrderId(customerOrderId)
            setTelephoneNumberList(tns.map { tn -> TelephoneNumber().apply { setFullNumber(tn) } })
        }
        return IrisRemoval.Create(client, removal).removeImportedTnOrder.orderId
    }

    fun removalStatus(orderId: String): String? = IrisRemoval.Get(client, orderId).processingStatus
}
