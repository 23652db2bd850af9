package com.quillcrest.provisioning.dashboard.model

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement
import com.quillcrest.provisioning.callbacks.TelephoneNumberList

@JacksonXmlRootElement(localName = "TNs")
data class InServiceNumbersResponse(
    @JacksonXmlProperty(localName = "TotalCount")
    val totalCount: Int = 0,
    @JacksonXmlProperty(localName = "TelephoneNumbers")
    val numbers: TelephoneNumberList? = null,
) {
    val telephoneNumbers: List<String> get() = numbers?.telephoneNumbers.orEmpty()
}

@JacksonXmlRootElement(localName = "TelephoneNumberResponse")
data class TelephoneNumberDetailResponse(
    @JacksonXmlProperty(localName = "TelephoneNumberDetails")
    val details: TelephoneNumberDetail? = null,
)

data class TelephoneNumberDetail(
    @JacksonXmlProperty(localName = "FullNumber")
    val fullNumber: Long = 0,
    @JacksonXmlProperty(localName = "City")
    val city: String? = null,
    @JacksonXmlProperty(localName = "State")
    val state: String? = null,
    @JacksonXmlProperty(localName = "RateCenter")
    val rateCenter: String? = null,
    @JacksonXmlProperty(localName = "Lata")
    val lata: String? = null,
    @JacksonXmlProperty(localName = "Status")
    val status: String? = null,
)

@JacksonXmlRootElement(localName = "SearchResultForAvailableNpaNxx")
data class AvailableNpaNxxResult(
    @JacksonXmlProperty(localName = "AvailableNpaNxxList")
    val list: AvailableNpaNxxList? = null,
) {
    val blocks: List<AvailableNpaNxxBlock> get() = list?.entries.orEmpty()
}

data class AvailableNpaNxxList(
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "AvailableNpaNxx")
    val entries: List<AvailableNpaNxxBlock> = emptyList(),
)

data class AvailableNpaNxxBlock(
    @JacksonXmlProperty(localName = "City")
    val city: String? = null,
    @JacksonXmlProperty(localName = "Npa")
    val npa: Int = 0,
    @JacksonXmlProperty(localName = "Nxx")
    val nxx: String = "",
    @JacksonXmlProperty(localName = "Quantity")
    val quantity: Int = 0,
    @JacksonXmlProperty(localName = "State")
    val state: String? = null,
)

/** Civic address as our address-verification pipeline hands it over. */
data class E911AddressRequest(
    val trunkName: String,
    val houseNumber: String,
    val streetName: String,
    val city: String,
    val stateCode: String,
    val zip: String,
)
