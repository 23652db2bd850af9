package com.quillcrest.provisioning.api

import com.quillcrest.provisioning.api.dto.NumberOffer
import com.quillcrest.provisioning.api.dto.NumberSearchResponse
import com.quillcrest.provisioning.inventory.AreaCodeCatalog
import com.quillcrest.provisioning.sdk.IrisNumberSearchService
import com.quillcrest.provisioning.util.formatUsNational
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController

/** Public storefront API: search for numbers to buy. */
@RestController
@RequestMapping("/api/v1/numbers")
class NumberSearchController(private val searchService: IrisNumberSearchService) {

    @GetMapping("/search")
    fun search(
        @RequestParam areaCode: String,
        @RequestParam(defaultValue = "10") quantity: Int,
    ): NumberSearchResponse {
        val tier = AreaCodeCatalog.tierFor(areaCode)
        val offers = searchService.searchByAreaCode(areaCode, quantity.coerceIn(1, 50))
            .map { NumberOffer(number = it, display = it.formatUsNational(), tier = tier) }
        return NumberSearchResponse(areaCode, offers)
    }

    @GetMapping("/tiers")
    fun tiers(@RequestParam areaCodes: List<Int>): Map<Int, AreaCodeCatalog.PriceTier> =
        areaCodes.associateWith { AreaCodeCatalog.tierFor(it) }
}
