package net.kestrelwave.provisioning.numbers;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    @Test
    void nationalForm() {
        assertEquals("9195550123", PhoneNumbers.toNational("+1 (919) 555-0123"));
        assertEquals("9195550123", PhoneNumbers.toNational("19195550123"));
    }

    @Test
    void e164Form() {
        assertEquals("+19195550123", PhoneNumbers.toE164("919-555-0123"));
        assertEquals("+442071838750", PhoneNumbers.toE164("+44 20 7183 8750"));
    }

    @Test
    void tenDigitCheck() {
        assertTrue(PhoneNumbers.isTenDigit("9195550123"));
        assertFalse(PhoneNumbers.isTenDigit("1234567890a"));
        assertFalse(PhoneNumbers.isTenDigit("+19195550123"));
    }

    @Test
    void areaCodeAndTollFree() {
        assertEquals("919", PhoneNumbers.npa("9195550123"));
        assertTrue(PhoneNumbers.isTollFree("8005550199"));
        assertEquals(1, PhoneNumbers.countryCode("2025550143"));
    }

    @Test
    void marketsAreOurs() {
        assertTrue(AreaCodeRegistry.isServed("919"));
        assertFalse(AreaCodeRegistry.isServed("212"));
        assertEquals("Nashville", AreaCodeRegistry.market(615).orElseThrow().name());
    }
}
