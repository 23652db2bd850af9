package net.tallgrasstel.backoffice.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberSearchServiceTest {

    @Test
    void areaCodeQuery() {
        Map<String, Object> q = NumberSearchService.byAreaCode("316", 25);
        assertEquals("316", q.get("areaCode"));
        assertEquals(25, q.get("quantity"));
    }

    @Test
    void canadianQueryHasCountry() {
        Map<String, Object> q = NumberSearchService.byAreaCodeInCountry("CAN", "416", 10);
        assertEquals("CAN", q.get("countryCodeA3"));
    }

    @Test
    void rateCenterQueryHasNoAreaCode() {
        assertFalse(NumberSearchService.byRateCenter("WICHITA", "KS", 5).containsKey("areaCode"));
    }

    @Test
    void presetIsSentAsIs() {
        Map<String, Object> q = Map.of("areaCode", "620", "countryCodeA3", "USA", "quantity", 5);
        assertEquals(3, q.size());
    }
}
