package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.payload.telephoneNumbersXml
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * External TNs: numbers whose voice service is elsewhere but which we message from. Used by
 * the onboarding wizard for customers bringing their own numbers.
 */
@Component
class ExternalTnsClient(
    private val dashboardRestClient: RestClient,
    private val props: DashboardProperties,
) {

    enum class Action { IMPORT, REMOVE }

    fun submit(customerOrderId: String, tns: List<String>, action: Action, loaType: String = DEFAULT_LOA_TYPE): String? {
        val payload = """
            <ExternalTnsOrder>
                <CustomerOrderId>$customerOrderId</CustomerOrderId>
                <SiteId>${props.defaultSiteId}</SiteId>
                <SipPeerId>${props.defaultSipPeerId}</SipPeerId>
                <Action>${action.name}</Action>
                <LoaType>$loaType</LoaType>
                <TelephoneNumbers>${telephoneNumbersXml(tns)}</TelephoneNumbers>
            </ExternalTnsOrder>
        """.trimIndent()
        return dashboardRestClient.post()
            .uri(EXTERNAL_TNS_ORDERS, props.accountId)
            .contentType(MediaType.APPLICATION_XML)
            .body(payload)
            .retrieve()
            .toBodilessEntity()
            .headers.location?.toString()
    }

    fun status(orderId: String): String? =
        dashboardRestClient.get()
            .uri("/accounts/{accountId}/externalTns/{orderId}", props.accountId, orderId)
            .retrieve()
            .body<String>()

    companion object {
        const val EXTERNAL_TNS_ORDERS = "/accounts/{accountId}/externalTns"
        const val DEFAULT_LOA_TYPE = "CARRIER"
    }
}
