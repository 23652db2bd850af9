package com.quillcrest.provisioning.dashboard

import com.fasterxml.jackson.dataformat.xml.XmlMapper
import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.model.AvailableNpaNxxResult
import com.quillcrest.provisioning.dashboard.model.TelephoneNumberDetailResponse
import org.slf4j.LoggerFactory
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body

/**
 * Thin wrapper over the Dashboard's XML API for the read paths the storefront needs
 * (number search, NPA-NXX availability, TN details). Writes go through the SDK services.
 */
@Component
class DashboardRestClient(
    private val dashboardRestClient: RestClient,
    private val props: DashboardProperties,
    private val xmlMapper: XmlMapper,
) {

    fun searchAvailableNumbers(areaCode: String, quantity: Int = 10): List<String> {
        val body = dashboardRestClient.get()
            .uri { builder ->
                builder.path(DashboardPaths.AVAILABLE_NUMBERS)
                    .queryParam("areaCode", areaCode)
                    .queryParam("quantity", quantity)
                    .build(props.accountId)
            }
            .retrieve()
            .body<String>()
            .orEmpty()
        log.debug("availableNumbers returned {} bytes", body.length)
        return TN_ELEMENT.findAll(body).map { it.groupValues[1] }.toList()
    }

    fun searchByRateCenter(rateCenter: String, state: String, quantity: Int = 10): List<String> {
        val body = dashboardRestClient.get()
            .uri { builder ->
                builder.path(DashboardPaths.AVAILABLE_NUMBERS)
                    .queryParam("rateCenter", rateCenter)
                    .queryParam("state", state)
                    .queryParam("quantity", quantity)
                    .build(props.accountId)
            }
            .retrieve()
            .body<String>()
            .orEmpty()
        return TN_ELEMENT.findAll(body).map { it.groupValues[1] }.toList()
    }

    /** NPA-NXX blocks with stock, for the "pick your exchange" screen. */
    fun availableNpaNxx(areaCode: String): AvailableNpaNxxResult =
        dashboardRestClient.get()
            .uri { builder ->
                builder.path(DashboardPaths.AVAILABLE_NPA_NXX)
                    .queryParam("countryCodeA3", "USA")
                    .queryParam("areaCode", areaCode)
                    .build(props.accountId)
            }
            .retrieve()
            .body<String>()
            .let { xmlMapper.readValue(it, AvailableNpaNxxResult::class.java) }

    fun tnDetails(tn: String): TelephoneNumberDetailResponse =
        dashboardRestClient.get()
            .uri(DashboardPaths.TN_DETAILS, tn)
            .accept(MediaType.APPLICATION_XML)
            .retrieve()
            .body<String>()
            .let { xmlMapper.readValue(it, TelephoneNumberDetailResponse::class.java) }

    fun checkImportable(tns: List<String>): String? {
        val payload = buildString {
            append("<ImportTnCheckerPayload><TelephoneNumbers>")
            tns.forEach { append("<TelephoneNumber>").append(it).append("</TelephoneNumber>") }
            append("</TelephoneNumbers></ImportTnCheckerPayload>")
        }
        return dashboardRestClient.post()
            .uri(DashboardPaths.IMPORT_TN_CHECKER, props.accountId)
            .contentType(MediaType.APPLICATION_XML)
            .body(payload)
            .retrieve()
            .body<String>()
    }

    companion object {
        private val log = LoggerFactory.getLogger(DashboardRestClient::class.java)
        private val TN_ELEMENT = Regex("""<TelephoneNumber>(\d{10})</TelephoneNumber>""")
    }
}
