package net.cobaltline.numbering.dashboard.model

import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement

@JacksonXmlRootElement(localName = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
data class Subscription(
    @JacksonXmlProperty(localName = "OrderType") val orderType: String,
    @JacksonXmlProperty(localName = "OrderId") val orderId: String? = null,
    @JacksonXmlProperty(localName = "EmailSubscription") val emailSubscription: EmailSubscription? = null,
    @JacksonXmlProperty(localName = "CallbackSubscription") val callbackSubscription: CallbackSubscription? = null,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
data class EmailSubscription(
    @JacksonXmlProperty(localName = "Email") val email: String,
    @JacksonXmlProperty(localName = "DigestRequested") val digestRequested: String = "NONE",
    @JacksonXmlProperty(localName = "NumberFormat") val numberFormat: String? = null,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
data class CallbackSubscription(
    @JacksonXmlProperty(localName = "URL") val url: String,
    @JacksonXmlProperty(localName = "Expiry") val expiry: String,
    @JacksonXmlProperty(localName = "CallbackCredentials") val credentials: CallbackCredentials? = null,
    @JacksonXmlProperty(localName = "NumberFormat") val numberFormat: String? = null,
)

data class CallbackCredentials(
    @JacksonXmlProperty(localName = "BasicAuthentication") val basic: BasicAuthentication,
)

data class BasicAuthentication(
    @JacksonXmlProperty(localName = "Username") val username: String,
    @JacksonXmlProperty(localName = "Password") val password: String,
)

@JacksonXmlRootElement(localName = "Instance")
@JsonInclude(JsonInclude.Include.NON_NULL)
data class ReportInstance(
    @JacksonXmlProperty(localName = "OutputFormat") val outputFormat: String = "csv",
    @JacksonXmlProperty(localName = "NumberFormat") val numberFormat: String? = null,
    @JacksonXmlElementWrapper(localName = "Parameters")
    @JacksonXmlProperty(localName = "Parameter")
    val parameters: List<ReportParameter> = emptyList(),
    @JacksonXmlProperty(localName = "ExpiresAt") val expiresAt: String? = null,
)

data class ReportParameter(
    @JacksonXmlProperty(localName = "Name") val name: String,
    @JacksonXmlProperty(localName = "Value") val value: String,
)
