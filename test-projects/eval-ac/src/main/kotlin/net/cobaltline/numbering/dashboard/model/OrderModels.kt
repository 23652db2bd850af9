package net.cobaltline.numbering.dashboard.model

import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

@JacksonXmlRootElement(localName = "Order")
@JsonInclude(JsonInclude.Include.NON_NULL)
data class NumberOrder(
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String,
    @JacksonXmlProperty(localName = "SiteId") val siteId: String,
    @JacksonXmlProperty(localName = "PeerId") val peerId: String? = null,
    @JacksonXmlProperty(localName = "PartialAllowed") val partialAllowed: Boolean = false,
    @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
    val existing: ExistingTelephoneNumberOrderType? = null,
    @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
    val byAreaCode: AreaCodeSearchAndOrderType? = null,
)

data class ExistingTelephoneNumberOrderType(
    @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String>,
)

data class AreaCodeSearchAndOrderType(
    @JacksonXmlProperty(localName = "AreaCode") val areaCode: Int,
    @JacksonXmlProperty(localName = "Quantity") val quantity: Int,
)

@JacksonXmlRootElement(localName = "OrderResponse")
data class OrderResponse(
    @JacksonXmlProperty(localName = "Order") val order: OrderEcho? = null,
    @JacksonXmlProperty(localName = "OrderStatus") val orderStatus: String? = null,
    @JacksonXmlProperty(localName = "CompletedQuantity") val completedQuantity: Int? = null,
    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val completedNumbers: List<CompletedNumber> = emptyList(),
)

data class OrderEcho(
    @JacksonXmlProperty(localName = "id") val id: String? = null,
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String? = null,
    @JacksonXmlProperty(localName = "OrderCreateDate") val orderCreateDate: String? = null,
)

data class CompletedNumber(
    @JacksonXmlProperty(localName = "FullNumber") val fullNumber: String,
)
