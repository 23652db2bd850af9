package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.config.DashboardProperties
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import org.springframework.web.client.RestClient
import org.springframework.web.client.body
import java.net.URI
import java.time.LocalDate

/**
 * Requests report instances (inventory, usage) and downloads the finished files.
 */
@Component
class ReportInstanceClient(
    private val dashboardRestClient: RestClient,
    private val props: DashboardProperties,
) {

    /** Starts a CSV instance of a report; returns the Location of the new instance. */
    fun requestInstance(reportId: String, parameters: Map<String, String>, expiresInDays: Long = 7): URI? {
        val payload = buildString {
            append("<Instance>")
            append("<OutputFormat>csv</OutputFormat>")
            append("<Parameters>")
            parameters.forEach { (name, value) ->
                append("<Parameter><Name>").append(name).append("</Name>")
                append("<Value>").append(value).append("</Value></Parameter>")
            }
            append("</Parameters>")
            append("<ExpiresAt>").append(LocalDate.now().plusDays(expiresInDays)).append("</ExpiresAt>")
            append("</Instance>")
        }
        return dashboardRestClient.post()
            .uri(DashboardPaths.REPORT_INSTANCES, props.accountId, reportId)
            .contentType(MediaType.APPLICATION_XML)
            .body(payload)
            .retrieve()
            .toBodilessEntity()
            .headers.location
    }

    fun instanceStatus(instanceUrl: URI): String? =
        dashboardRestClient.get().uri(instanceUrl).retrieve().body<String>()

    fun download(instanceUrl: URI): ByteArray =
        dashboardRestClient.get()
            .uri("$instanceUrl/file")
            .accept(MediaType.APPLICATION_OCTET_STREAM)
            .retrieve()
            .body<ByteArray>() ?: ByteArray(0)
}
