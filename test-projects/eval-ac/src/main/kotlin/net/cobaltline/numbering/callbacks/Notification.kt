package net.cobaltline.numbering.callbacks

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

/** Body of the order notifications the Dashboard POSTs to /callbacks/dashboard/{orderType}. */
@JacksonXmlRootElement(localName = "Notification")
data class Notification(
    @JacksonXmlProperty(localName = "SubscriptionId") val subscriptionId: String? = null,
    @JacksonXmlProperty(localName = "OrderType") val orderType: String,
    @JacksonXmlProperty(localName = "OrderId") val orderId: String? = null,
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String? = null,
    @JacksonXmlProperty(localName = "Status") val status: String,
    @JacksonXmlProperty(localName = "Message") val message: String? = null,
    @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val completedTelephoneNumbers: List<String> = emptyList(),
    @JacksonXmlProperty(localName = "LastModifiedDate") val lastModifiedDate: String? = null,
    @JacksonXmlProperty(localName = "ActualFocDate") val actualFocDate: String? = null,
) {
    val isComplete: Boolean get() = status.equals("COMPLETE", ignoreCase = true)
}
