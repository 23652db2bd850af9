package com.bluepinenet.cdrpipeline.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"9195550123", "19195550123", "+19195550123", "(919) 555-0123", "919.555.0123", "+1 919 555 0123"})
    void normalisesEverySpellingToNational(String raw) {
        assertEquals("9195550123", PhoneNumbers.toNational(raw));
    }

    @Test
    void rejectsNonNanp() {
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.toNational("+442071838750"));
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.toNational("55501"));
    }

    @Test
    void e164() {
        assertEquals("+19845550110", PhoneNumbers.toE164("984-555-0110"));
    }

    @Test
    void npaAndNxx() {
        assertEquals("252", PhoneNumbers.npa("2525550199"));
        assertEquals("555", PhoneNumbers.nxx("2525550199"));
    }

    @Test
    void nanpShape() {
        assertTrue(PhoneNumbers.isNanp("3365550142"));
        assertFalse(PhoneNumbers.isNanp("1234567890"));
        assertFalse(PhoneNumbers.isNanp("0195550142"));
    }

    @Test
    void pretty() {
        assertEquals("(704) 555-0166", PhoneNumbers.pretty("17045550166"));
    }
}
