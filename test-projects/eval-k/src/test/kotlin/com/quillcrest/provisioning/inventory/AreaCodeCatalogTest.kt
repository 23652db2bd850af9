package com.quillcrest.provisioning.inventory

import com.quillcrest.provisioning.util.formatUsNational
import com.quillcrest.provisioning.util.isUsNationalNumber
import com.quillcrest.provisioning.util.toE164
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class AreaCodeCatalogTest {

    @Test
    fun `premium and vanity tiers`() {
        assertEquals(AreaCodeCatalog.PriceTier.PREMIUM, AreaCodeCatalog.tierFor(415))
        assertEquals(AreaCodeCatalog.PriceTier.VANITY, AreaCodeCatalog.tierFor("833"))
        assertEquals(AreaCodeCatalog.PriceTier.STANDARD, AreaCodeCatalog.tierFor(919))
    }

    @Test
    fun `portal phone helpers`() {
        assertTrue("(919) 555-0123".isUsNationalNumber())
        assertFalse("555-0123".isUsNationalNumber())
        assertEquals("+19195550123", "919.555.0123".toE164())
        assertEquals("(919) 555-0123", "+19195550123".formatUsNational())
    }
}
