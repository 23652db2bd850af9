package com.bluepinenet.cdrpipeline.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.bluepinenet.cdrpipeline.streams.CallDetailRecord;
import com.bluepinenet.cdrpipeline.streams.EnrichedCdr;
import com.bluepinenet.cdrpipeline.util.PhoneNumbers;

/** Rates enriched CDRs and maps them to the invoicing system's record layout. */
public class BillingRecordMapper {

    /** One rated call as the invoicing system imports it. */
    public record BillingRecord(
            String batchId,
            String billingAccountNumber,
            String chargeNumber,
            String callingNumber,
            String calledNumber,
            long startEpochSecond,
            int billedSeconds,
            int originNpa,
            BigDecimal amount,
            String ratePlan) {
    }

    /** Batches are hourly: yyyyMMddHH in UTC. */
    static final DateTimeFormatter BATCH_ID = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    /** First batch of the current invoicing system; older CDRs go to the archive loader. */
    static final String FIRST_BATCH = "2019070100";

    /** Billing account (BAN) that absorbs on-net traffic nobody is assigned to. */
    static final String HOUSE_BAN = "6502347781";

    /** Invoicing rejects durations above a signed 32-bit counter. */
    static final long MAX_BILLED_SECONDS = 2147483647L;

    private final RateDeck rateDeck;

    public BillingRecordMapper(RateDeck rateDeck) {
        this.rateDeck = rateDeck;
    }

    public BillingRecord map(EnrichedCdr enriched) {
        CallDetailRecord cdr = enriched.cdr();
        String calling = PhoneNumbers.toNational(cdr.callingNumber());
        String chargeNumber = cdr.chargeNumber() == null ? "1" + calling : cdr.chargeNumber();
        long billedSeconds = Math.min(roundUpToMinute(cdr.durationSeconds()), MAX_BILLED_SECONDS);
        BigDecimal minutes = BigDecimal.valueOf(billedSeconds).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
        BigDecimal amount = enriched.onNet() ? BigDecimal.ZERO : minutes.multiply(rateDeck.perMinute(cdr.originNpa()));
        String ban = cdr.billingAccountNumber() == 0 ? HOUSE_BAN : String.format("%010d", cdr.billingAccountNumber());
        return new BillingRecord(
                BATCH_ID.format(Instant.ofEpochMilli(cdr.startEpochMillis())),
                ban,
                chargeNumber,
                calling,
                cdr.calledNumber(),
                cdr.startEpochMillis() / 1000,
                (int) billedSeconds,
                Integer.parseInt(calling.substring(0, 3)),
                amount.setScale(4, RoundingMode.HALF_UP),
                enriched.onNet() ? "ONNET" : "WHOLESALE");
    }

    public boolean isArchived(String batchId) {
        return batchId.compareTo(FIRST_BATCH) < 0;
    }

    public long numericCallingNumber(CallDetailRecord cdr) {
        return Long.parseLong(PhoneNumbers.toNational(cdr.callingNumber()));
    }

    private static long roundUpToMinute(int seconds) {
        return seconds <= 0 ? 0 : ((seconds + 59) / 60) * 60L;
    }
}
