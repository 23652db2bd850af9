package com.harborline.numbering.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void portalInput() {
        assertTrue(PhoneNumbers.isNationalInput("(919) 555-0100"));
        assertFalse(PhoneNumbers.isNationalInput("555-0100"));
    }

    @Test
    void e164ForMessaging() {
        assertEquals("+19195550100", PhoneNumbers.toE164("919-555-0100"));
        assertEquals("+19195550100", PhoneNumbers.toE164("1 919 555 0100"));
    }

    @Test
    void prettyPrint() {
        assertEquals("(919) 555-0100", PhoneNumbers.pretty("9195550100"));
    }
}
