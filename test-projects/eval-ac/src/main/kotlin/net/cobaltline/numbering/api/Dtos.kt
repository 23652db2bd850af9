package net.cobaltline.numbering.api

import kotlinx.serialization.Serializable

@Serializable
data class NumberSearchResponse(
    val areaCode: String,
    val numbers: List<String>,
    val market: String? = null,
)

@Serializable
data class OrderNumbersRequest(
    val customerId: Long,
    val numbers: List<String>,
    val enableSms: Boolean = false,
)

@Serializable
data class OrderNumbersResponse(
    val orderId: String,
    val status: String,
    val customerOrderId: String,
)

@Serializable
data class PortRequest(
    val customerId: Long,
    val billingTelephoneNumber: String,
    val numbers: List<String>,
    val authorizingPerson: String,
)

@Serializable
data class CustomerAddressDto(
    val houseNumber: String,
    val streetName: String,
    val city: String,
    val stateCode: String,
    val zip: String,
    val areaCode: Int? = null,
)

@Serializable
data class ApiError(val code: String, val message: String)

@Serializable
data class HealthResponse(
    val status: String,
    val version: String,
    val startedAtEpochSeconds: Long,
    val dashboard: String,
)
