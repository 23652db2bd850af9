package com.bluepinenet.cdrpipeline.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import com.bluepinenet.cdrpipeline.billing.BillingRecordMapper.BillingRecord;
import com.bluepinenet.cdrpipeline.streams.CallDetailRecord;
import com.bluepinenet.cdrpipeline.streams.EnrichedCdr;
import org.junit.jupiter.api.Test;

class BillingRecordMapperTest {

    private final BillingRecordMapper mapper = new BillingRecordMapper(RateDeck.carolinas());

    @Test
    void wholesaleCallIsRatedPerStartedMinute() {
        CallDetailRecord cdr = new CallDetailRecord("rec-0002", "rdu-sbc-02", "3365550176", "7045550178", null,
                1718103600000L, 61, 336, "TG-GSO-1", "ANSWERED", 4105550179L);

        BillingRecord record = mapper.map(new EnrichedCdr(cdr, "336", "WINSTON-SALEM", "CHARLOTTE", false, false, false, null));

        assertEquals("2024061111", record.batchId());
        assertEquals("4105550179", record.billingAccountNumber());
        assertEquals("13365550176", record.chargeNumber());
        assertEquals(120, record.billedSeconds());
        assertEquals(new BigDecimal("0.0190"), record.amount());
    }

    @Test
    void unassignedTrafficGoesToHouseAccount() {
        CallDetailRecord cdr = new CallDetailRecord("rec-0003", "rdu-sbc-01", "9195550181", "9195550188", "19195550181",
                1718103600000L, 30, 919, "TG-RDU-7", "ANSWERED", 0L);

        BillingRecord record = mapper.map(new EnrichedCdr(cdr, "919", "RALEIGH", "RALEIGH", true, false, false, "18840"));

        assertEquals("6502347781", record.billingAccountNumber());
        assertEquals(BigDecimal.ZERO.setScale(4), record.amount());
        assertTrue(mapper.isArchived("2019063023"));
    }
}
