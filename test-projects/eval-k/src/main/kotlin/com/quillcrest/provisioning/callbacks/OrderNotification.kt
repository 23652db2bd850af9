package com.quillcrest.provisioning.callbacks

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

/** Body of a Dashboard order notification (callback). */
@JacksonXmlRootElement(localName = "Notification")
data class OrderNotification(
    @JacksonXmlProperty(localName = "SubscriptionId") val subscriptionId: String? = null,
    @JacksonXmlProperty(localName = "OrderType") val orderType: String? = null,
    @JacksonXmlProperty(localName = "OrderId") val orderId: String? = null,
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String? = null,
    @JacksonXmlProperty(localName = "Status") val status: String? = null,
    @JacksonXmlProperty(localName = "Message") val message: String? = null,
    @JacksonXmlProperty(localName = "CompletedTelephoneNumbers") val completed: TelephoneNumberList? = null,
    @JacksonXmlProperty(localName = "LastModifiedDate") val lastModifiedDate: String? = null,
    @JacksonXmlProperty(localName = "ActualFocDate") val actualFocDate: String? = null,
) {
    val completedTelephoneNumbers: List<String>
        get() = completed?.telephoneNumbers.orEmpty()
}

/** A list of `<TelephoneNumber>` elements inside some wrapper element. */
data class TelephoneNumberList(
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String> = emptyList(),
)

enum class NotificationStatus {
    RECEIVED, PROCESSING, COMPLETE, PARTIAL, FAILED, UNKNOWN;

    companion object {
        fun of(raw: String?): NotificationStatus = entries.firstOrNull { it.name == raw?.uppercase() } ?: UNKNOWN
    }
}
