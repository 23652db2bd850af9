package net.cobaltline.numbering.dashboard.model

import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

/**
 * Our own payload for hosted messaging imports. Same element names as the Dashboard's,
 * unrelated to the SDK class of the same name used in the legacy module.
 */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonInclude(JsonInclude.Include.NON_NULL)
data class ImportTnOrder(
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String,
    @JacksonXmlProperty(localName = "SiteId") val siteId: String,
    @JacksonXmlProperty(localName = "SipPeerId") val sipPeerId: String,
    @JacksonXmlProperty(localName = "LoaAuthorizingPerson") val loaAuthorizingPerson: String,
    @JacksonXmlProperty(localName = "LoaType") val loaType: String = "CARRIER",
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String>,
) {
    companion object {
        fun of(customerOrderId: String, siteId: String, sipPeerId: String, loaPerson: String, tns: Collection<String>) =
            ImportTnOrder(customerOrderId, siteId, sipPeerId, loaPerson, telephoneNumbers = tns.toList())
    }
}

@JacksonXmlRootElement(localName = "RemoveImportedTnOrder")
data class RemoveImportedTnOrder(
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String,
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String>,
)

@JacksonXmlRootElement(localName = "ExternalTnsOrder")
data class ExternalTnsOrder(
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String,
    @JacksonXmlProperty(localName = "SiteId") val siteId: String,
    @JacksonXmlProperty(localName = "SipPeerId") val sipPeerId: String,
    @JacksonXmlProperty(localName = "Action") val action: String,
    @JacksonXmlProperty(localName = "LoaType") val loaType: String = "CARRIER",
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String>,
)

@JacksonXmlRootElement(localName = "ImportTnOrderResponse")
data class ImportTnOrderResponse(
    @JacksonXmlProperty(localName = "ImportTnOrder") val order: ImportTnOrderEcho? = null,
)

data class ImportTnOrderEcho(
    @JacksonXmlProperty(localName = "OrderId") val orderId: String? = null,
    @JacksonXmlProperty(localName = "ProcessingStatus") val processingStatus: String? = null,
)
