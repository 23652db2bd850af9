package com.quillcrest.provisioning.api

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import com.quillcrest.provisioning.api.dto.NumberSearchRequest
import com.quillcrest.provisioning.inventory.AreaCodeCatalog
import com.quillcrest.provisioning.sdk.IrisNumberSearchService
import com.quillcrest.provisioning.support.Fixtures
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.mockito.Mockito.mock
import org.mockito.Mockito.`when`

class NumberSearchControllerTest {

    private val mapper: ObjectMapper = jacksonObjectMapper()
    private val search = mock(IrisNumberSearchService::class.java)
    private val controller = NumberSearchController(search)

    @Test
    fun `search maps offers with tier and display format`() {
        val request: NumberSearchRequest = mapper.readValue(Fixtures.read("storefront-search-request.json"))
        `when`(search.searchByAreaCode(request.areaCode, request.quantity)).thenReturn(listOf("2125550101"))

        val response = controller.search(request.areaCode, request.quantity)

        assertEquals("212", response.areaCode)
        assertEquals("(212) 555-0101", response.offers.single().display)
        assertEquals(AreaCodeCatalog.PriceTier.PREMIUM, response.offers.single().tier)
    }

    @Test
    fun `tiers for several area codes`() {
        val tiers = controller.tiers(listOf(919, 212, 888))
        assertEquals(AreaCodeCatalog.PriceTier.STANDARD, tiers[919])
        assertEquals(AreaCodeCatalog.PriceTier.VANITY, tiers[888])
    }
}
