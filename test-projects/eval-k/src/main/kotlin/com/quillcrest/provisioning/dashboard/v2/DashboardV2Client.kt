package com.quillcrest.provisioning.dashboard.v2

import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.payload.telephoneNumbersXml
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * First slice of the v2 migration (PROV-2291): the new reusable-address flow and the
 * hosted-messaging pilot already run against v2. Numbers here are E.164.
 */
@Component
class DashboardV2Client(
    restClientBuilder: RestClient.Builder,
    private val props: DashboardProperties,
) {
    private val client: RestClient = restClientBuilder
        .baseUrl(V2_BASE)
        .defaultHeaders { it.setBasicAuth(props.username, props.password) }
        .build()

    fun e911Addresses(): String? =
        client.get().uri("/accounts/{accountId}/e911Addresses", props.accountId).retrieve().body<String>()

    /** Reusable (non-E911) addresses, new in v2; used for the CNAM/branding pilot. */
    fun reusableAddresses(): String? =
        client.get().uri("https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/addresses", props.accountId)
            .retrieve().body<String>()

    fun importForMessaging(customerOrderId: String, e164Numbers: List<String>): String? =
        client.post()
            .uri("/accounts/{accountId}/importTnOrders/messaging", props.accountId)
            .contentType(MediaType.APPLICATION_XML)
            .body(
                "<ImportTnOrder><CustomerOrderId>$customerOrderId</CustomerOrderId>" +
                    "<TelephoneNumbers>${telephoneNumbersXml(e164Numbers)}</TelephoneNumbers></ImportTnOrder>",
            )
            .retrieve()
            .body<String>()

    fun inServiceNumbers(areaCode: String): String? =
        client.get()
            .uri("/accounts/{accountId}/inserviceNumbers?countryCodeA3=USA&areaCode={areaCode}", props.accountId, areaCode)
            .retrieve()
            .body<String>()

    fun pilotNumberDetails(): String? =
        client.get().uri("/tns/{tn}/tndetails", PILOT_TN).retrieve().body<String>()

    companion object {
        const val V2_BASE = "https://dashboard.bandwidth.com/api/v2"
        const val PILOT_TN = "+19192304499"
    }
}
