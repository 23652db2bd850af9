package com.harborline.numbering.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneFormatTest {

    @Test
    void portalInputToE164() {
        assertEquals("+19195550100", PhoneFormat.toE164("(919) 555-0100"));
        assertEquals("+19195550100", PhoneFormat.toE164("1-919-555-0100"));
    }

    @Test
    void display() {
        assertEquals("(919) 555-0100", PhoneFormat.forDisplay("9195550100"));
        assertEquals("(919) 555-0100", PhoneFormat.forDisplay("+19195550100"));
    }

    @Test
    void rejectsShortInput() {
        assertThrows(IllegalArgumentException.class, () -> PhoneFormat.toE164("555-0100"));
    }
}
