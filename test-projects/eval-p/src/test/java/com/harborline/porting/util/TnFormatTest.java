package com.harborline.porting.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TnFormatTest {

    @Test
    void normalisesNationalNumbers() {
        assertEquals("+19195551234", TnFormat.toE164("919-555-1234"));
        assertEquals("+19195551234", TnFormat.toE164("9195551234"));
        assertEquals("+19195551234", TnFormat.toE164("19195551234"));
        assertEquals("(919) 555-1234", TnFormat.pretty("9195551234"));
    }
}
