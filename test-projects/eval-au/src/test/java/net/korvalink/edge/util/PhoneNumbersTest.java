package net.korvalink.edge.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void formatsE164() {
        assertEquals("+19195550100", PhoneNumbers.toE164("9195550100"));
    }

    @Test
    void rejectsNonNanp() {
        assertFalse(PhoneNumbers.isNanp("1234567890"));
        assertTrue(PhoneNumbers.isNanp("7045550102"));
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.toE164("0800123456"));
    }

    @Test
    void prettyPrints() {
        assertEquals("(919) 555-0100", PhoneNumbers.pretty("9195550100"));
    }
}
