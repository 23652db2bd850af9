package net.cobaltline.numbering.dashboard.model

import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
data class SipPeerTelephoneNumber(
    @JacksonXmlProperty(localName = "FullNumber") val fullNumber: String,
    @JacksonXmlProperty(localName = "CallForward") val callForward: String? = null,
    @JacksonXmlProperty(localName = "RPIDFormat") val rpidFormat: String? = null,
    @JacksonXmlProperty(localName = "CallingNameDisplay") val callingNameDisplay: Boolean? = null,
    @JacksonXmlProperty(localName = "MessagingSettings") val messagingSettings: MessagingSettings? = null,
)

data class MessagingSettings(
    @JacksonXmlProperty(localName = "SmsEnabled") val smsEnabled: Boolean,
)

@JacksonXmlRootElement(localName = "TnOptionOrder")
data class TnOptionOrder(
    @JacksonXmlProperty(localName = "CustomerOrderId") val customerOrderId: String,
    @JacksonXmlElementWrapper(localName = "TnOptionGroups")
    @JacksonXmlProperty(localName = "TnOptionGroup")
    val groups: List<TnOptionGroup>,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
data class TnOptionGroup(
    @JacksonXmlProperty(localName = "Sms") val sms: String? = null,
    @JacksonXmlProperty(localName = "CallForward") val callForward: String? = null,
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    val telephoneNumbers: List<String>,
)
