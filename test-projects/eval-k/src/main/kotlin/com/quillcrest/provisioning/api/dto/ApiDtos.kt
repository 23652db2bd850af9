package com.quillcrest.provisioning.api.dto

import com.quillcrest.provisioning.inventory.AreaCodeCatalog
import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Pattern

/** Storefront search, GET /api/v1/numbers/search?areaCode=919&quantity=10 */
@JsonIgnoreProperties(ignoreUnknown = true)
data class NumberSearchRequest(
    @field:Pattern(regexp = "[2-9][0-9]{2}") val areaCode: String,
    val quantity: Int = 10,
)

data class NumberOffer(
    val number: String,
    val display: String,
    val tier: AreaCodeCatalog.PriceTier,
)

data class NumberSearchResponse(
    val areaCode: String,
    val offers: List<NumberOffer>,
)

/** A customer's service address, as entered in the portal. */
data class CustomerAddressDto(
    val id: Long? = null,
    @field:NotBlank val houseNumber: String,
    @field:NotBlank val streetName: String,
    @field:NotBlank val city: String,
    @field:Pattern(regexp = "[A-Z]{2}") val stateCode: String,
    @field:Pattern(regexp = "[0-9]{5}") val zip: String,
    val areaCode: Int? = null,
    val contactPhone: String? = null,
)

/** Port request submitted by a customer; the phone number is what they typed. */
data class PortRequestDto(
    @field:NotBlank val phoneNumber: String,
    @field:NotBlank val currentCarrier: String,
    val accountNumber: String? = null,
)
