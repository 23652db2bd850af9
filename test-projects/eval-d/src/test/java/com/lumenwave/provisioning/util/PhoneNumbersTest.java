package com.lumenwave.provisioning.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void normalisesPortalInput() {
        assertEquals(Optional.of("9195550147"), PhoneNumbers.toNational("(919) 555-0147"));
        assertEquals(Optional.of("9195550147"), PhoneNumbers.toNational("+1 919.555.0147"));
        assertTrue(PhoneNumbers.toNational("555-0147").isEmpty());
    }

    @Test
    void formatsForDisplay() {
        assertEquals("(704) 555-0188", PhoneNumbers.format("7045550188"));
        assertEquals("+17045550188", PhoneNumbers.toE164("7045550188"));
    }
}
