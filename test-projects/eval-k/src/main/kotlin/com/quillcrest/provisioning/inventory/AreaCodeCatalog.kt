package com.quillcrest.provisioning.inventory

/**
 * Price tiers of the Quillcrest storefront by area code. This is our own catalog (marketing
 * decides which area codes are premium); it never goes to or comes from the Dashboard.
 */
object AreaCodeCatalog {

    enum class PriceTier(val monthlyCents: Int) { STANDARD(100), PREMIUM(500), VANITY(2500) }

    private val premiumAreaCodes: Set<Int> = setOf(212, 213, 310, 415, 646, 917)
    private val tollFreePrefixes: Set<Int> = setOf(800, 833, 844, 855, 866, 877, 888)

    fun tierFor(areaCode: Int): PriceTier = when (areaCode) {
        in tollFreePrefixes -> PriceTier.VANITY
        in premiumAreaCodes -> PriceTier.PREMIUM
        else -> PriceTier.STANDARD
    }

    fun tierFor(areaCode: String): PriceTier = tierFor(areaCode.toInt())
}
