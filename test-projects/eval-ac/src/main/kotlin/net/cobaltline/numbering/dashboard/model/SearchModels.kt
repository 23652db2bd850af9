package net.cobaltline.numbering.dashboard.model

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

@JacksonXmlRootElement(localName = "SearchResult")
data class SearchResult(
    @JacksonXmlProperty(localName = "ResultCount") val resultCount: Int = 0,
    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String> = emptyList(),
)

@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
data class NpaNxxSearchResult(
    @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
    @JacksonXmlProperty(localName = "AvailableNpaNxx")
    val entries: List<AvailableNpaNxx> = emptyList(),
)

data class AvailableNpaNxx(
    @JacksonXmlProperty(localName = "City") val city: String,
    @JacksonXmlProperty(localName = "Npa") val npa: Int,
    @JacksonXmlProperty(localName = "Nxx") val nxx: String,
    @JacksonXmlProperty(localName = "Quantity") val quantity: Int,
    @JacksonXmlProperty(localName = "State") val state: String,
)

@JacksonXmlRootElement(localName = "TNs")
data class InServiceNumbers(
    @JacksonXmlProperty(localName = "TotalCount") val totalCount: Int = 0,
    @JacksonXmlProperty(localName = "Count") val count: Int = 0,
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String> = emptyList(),
)

@JacksonXmlRootElement(localName = "TelephoneNumberDetails")
data class TnDetails(
    @JacksonXmlProperty(localName = "FullNumber") val fullNumber: String,
    @JacksonXmlProperty(localName = "City") val city: String? = null,
    @JacksonXmlProperty(localName = "State") val state: String? = null,
    @JacksonXmlProperty(localName = "RateCenter") val rateCenter: String? = null,
    @JacksonXmlProperty(localName = "AreaCode") val areaCode: Long? = null,
    @JacksonXmlProperty(localName = "Status") val status: String? = null,
)
