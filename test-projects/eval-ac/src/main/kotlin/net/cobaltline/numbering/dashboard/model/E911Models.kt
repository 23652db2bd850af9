package net.cobaltline.numbering.dashboard.model

import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

@JacksonXmlRootElement(localName = "Address")
@JsonInclude(JsonInclude.Include.NON_NULL)
data class E911Address(
    @JacksonXmlProperty(localName = "AddressId") val addressId: String? = null,
    @JacksonXmlProperty(localName = "HouseNumber") val houseNumber: String,
    @JacksonXmlProperty(localName = "StreetName") val streetName: String,
    @JacksonXmlProperty(localName = "City") val city: String,
    @JacksonXmlProperty(localName = "StateCode") val stateCode: String,
    @JacksonXmlProperty(localName = "Zip") val zip: String,
    @JacksonXmlProperty(localName = "Country") val country: String = "US",
    @JacksonXmlProperty(localName = "CallbackNumber") val callbackNumber: String? = null,
)

@JacksonXmlRootElement(localName = "E911AddressesResponse")
data class E911AddressList(
    @JacksonXmlElementWrapper(localName = "Addresses")
    @JacksonXmlProperty(localName = "Address")
    val addresses: List<E911Address> = emptyList(),
)
