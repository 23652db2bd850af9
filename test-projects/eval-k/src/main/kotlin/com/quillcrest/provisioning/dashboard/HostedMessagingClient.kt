package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.payload.PayloadTemplates
import com.quillcrest.provisioning.dashboard.payload.telephoneNumbersXml
import org.springframework.beans.factory.annotation.Qualifier
import org.springframework.http.HttpEntity
import org.springframework.http.HttpHeaders
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestTemplate

/**
 * Hosted messaging (SMS on numbers whose voice stays with another carrier): import and
 * removal orders, raw HTTP. The SDK-based variant lives in `IrisHostedMessagingService`;
 * this one is used by the bulk jobs because it can attach our own Subscriber block.
 */
@Component
class HostedMessagingClient(
    @Qualifier("legacyDashboardTemplate") private val restTemplate: RestTemplate,
    private val props: DashboardProperties,
    private val templates: PayloadTemplates,
) {

    fun importForMessaging(customerOrderId: String, tns: List<String>, loaPerson: String): String? {
        val body = templates.render(
            "templates/import-tn-order.xml",
            mapOf(
                "customerOrderId" to customerOrderId,
                "siteId" to props.defaultSiteId,
                "sipPeerId" to props.defaultSipPeerId,
                "loaAuthorizingPerson" to loaPerson,
                "telephoneNumbers" to telephoneNumbersXml(tns),
            ),
        )
        return restTemplate.postForObject(
            DashboardPaths.IMPORT_TN_ORDERS, HttpEntity(body, xmlHeaders()), String::class.java, props.accountId,
        )
    }

    fun removeFromMessaging(customerOrderId: String, tns: List<String>): String? {
        val body = """
            <RemoveImportedTnOrder>
                <CustomerOrderId>$customerOrderId</CustomerOrderId>
                <TelephoneNumbers>${telephoneNumbersXml(tns)}</TelephoneNumbers>
            </RemoveImportedTnOrder>
        """.trimIndent()
        return restTemplate.postForObject(
            DashboardPaths.REMOVE_IMPORTED_TN_ORDERS, HttpEntity(body, xmlHeaders()), String::class.java, props.accountId,
        )
    }

    fun history(orderId: String): String? =
        restTemplate.getForObject(DashboardPaths.IMPORT_TN_ORDER_HISTORY, String::class.java, props.accountId, orderId)

    fun loaFiles(orderId: String): String? =
        restTemplate.getForObject(
            "/accounts/{accountId}/importTnOrders/{orderId}/loas", String::class.java, props.accountId, orderId,
        )

    fun removalStatus(orderId: String): String? =
        restTemplate.getForObject(
            "/accounts/${props.accountId}/removeImportedTnOrders/$orderId", String::class.java,
        )

    private fun xmlHeaders() = HttpHeaders().apply { contentType = MediaType.APPLICATION_XML }
}
