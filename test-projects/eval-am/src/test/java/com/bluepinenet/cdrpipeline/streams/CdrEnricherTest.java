package com.bluepinenet.cdrpipeline.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.bluepinenet.cdrpipeline.kafka.model.InventoryRecord;
import org.junit.jupiter.api.Test;

class CdrEnricherTest {

    private static final String LERG = """
            919,555,RALEIGH,Y
            984,555,RALEIGH,Y
            888,555,TOLLFREE,N
            """;

    private final CdrEnricher enricher = new CdrEnricher(
            new RateCenterDirectory(new ByteArrayInputStream(LERG.getBytes(StandardCharsets.UTF_8))));

    @Test
    void onNetCallGetsSiteAndRateCenters() {
        CallDetailRecord cdr = cdr("19195550171", "9845550172");
        InventoryRecord inventory = new InventoryRecord("9195550171", 919, "RALEIGH", "426", "18840", "Inservice", 1718100000L);

        EnrichedCdr enriched = enricher.apply(cdr, inventory);

        assertTrue(enriched.onNet());
        assertEquals("919", enriched.callingNpa());
        assertEquals("RALEIGH", enriched.callingRateCenter());
        assertEquals("18840", enriched.siteId());
    }

    @Test
    void tollFreeCalledNumber() {
        EnrichedCdr enriched = enricher.apply(cdr("9195550173", "8885550174"), null);

        assertTrue(enriched.tollFree());
        assertFalse(enriched.onNet());
        assertNull(enriched.siteId());
    }

    @Test
    void emergencyCallHasNoCalledRateCenter() {
        EnrichedCdr enriched = enricher.apply(cdr("9195550173", "911"), null);

        assertTrue(enriched.emergency());
        assertNull(enriched.calledRateCenter());
    }

    private static CallDetailRecord cdr(String calling, String called) {
        return new CallDetailRecord("rec-0001", "rdu-sbc-02", calling, called, null,
                1718100000000L, 185, 919, "TG-RDU-7", "ANSWERED", 6502347781L);
    }
}
