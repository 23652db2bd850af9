package com.quillcrest.provisioning.dashboard

import com.fasterxml.jackson.dataformat.xml.XmlMapper
import com.quillcrest.provisioning.config.DashboardProperties
import com.quillcrest.provisioning.dashboard.model.InServiceNumbersResponse
import org.springframework.beans.factory.annotation.Qualifier
import org.springframework.stereotype.Component
import org.springframework.web.client.RestTemplate

/**
 * In-service inventory reads used by the nightly sync. Paged, 500 numbers per page.
 */
@Component
class InventoryClient(
    @Qualifier("legacyDashboardTemplate") private val restTemplate: RestTemplate,
    private val props: DashboardProperties,
    private val xmlMapper: XmlMapper,
) {

    fun inServiceNumbers(areaCode: String, page: Int = 1): List<String> {
        val url = "${props.baseUrl}/accounts/${props.accountId}/inserviceNumbers?areacode=$areaCode&page=$page&size=$PAGE_SIZE"
        val xml = restTemplate.getForObject(url, String::class.java) ?: return emptyList()
        return parse(xml)
    }

    /** Site-level inventory for several area codes at once (one request, repeated filter). */
    fun inServiceNumbersForSite(siteId: String, areaCodes: Collection<String>): List<String> {
        val query = StringBuilder()
        for (areaCode in areaCodes) {
            if (query.isNotEmpty()) query.append('&')
            query.append("areaCode=").append(areaCode)
        }
        val url = "%s/accounts/%s/sites/%s/inserviceNumbers?%s&size=%d"
            .format(props.baseUrl, props.accountId, siteId, query, PAGE_SIZE)
        return restTemplate.getForObject(url, String::class.java)?.let(::parse).orEmpty()
    }

    fun inServiceTotal(): Int {
        val xml = restTemplate.getForObject(
            "${props.baseUrl}/accounts/${props.accountId}/inserviceNumbers/totals",
            String::class.java,
        )
        return xml?.let { TOTAL.find(it)?.groupValues?.get(1)?.toInt() } ?: 0
    }

    private fun parse(xml: String): List<String> =
        xmlMapper.readValue(xml, InServiceNumbersResponse::class.java)
            .telephoneNumbers
            .filter { it.length == 10 }

    companion object {
        const val PAGE_SIZE = 500
        private val TOTAL = Regex("<Count>(\\d+)</Count>")
    }
}
