package com.bluepinenet.cdrpipeline.streams;

import java.util.Set;

import com.bluepinenet.cdrpipeline.kafka.model.InventoryRecord;
import com.bluepinenet.cdrpipeline.util.PhoneNumbers;
import org.apache.kafka.streams.kstream.ValueJoiner;

/** Joins a CDR (keyed by calling number) with the inventory entry of that number. */
public class CdrEnricher implements ValueJoiner<CallDetailRecord, InventoryRecord, EnrichedCdr> {

    static final Set<String> TOLL_FREE_NPAS = Set.of("800", "833", "844", "855", "866", "877", "888");

    private final RateCenterDirectory rateCenters;

    public CdrEnricher(RateCenterDirectory rateCenters) {
        this.rateCenters = rateCenters;
    }

    @Override
    public EnrichedCdr apply(CallDetailRecord cdr, InventoryRecord inventory) {
        String calling = PhoneNumbers.toNational(cdr.callingNumber());
        String called = cdr.calledNumber();
        boolean emergency = "911".equals(called) || "933".equals(called);
        String callingNpa = calling.substring(0, 3);
        boolean tollFree = called.length() == 10 && TOLL_FREE_NPAS.contains(called.substring(0, 3));
        return new EnrichedCdr(
                cdr,
                callingNpa,
                rateCenters.rateCenter(calling),
                emergency ? null : rateCenters.rateCenter(PhoneNumbers.toNational(called)),
                inventory != null,
                tollFree,
                emergency,
                inventory == null ? null : inventory.siteId());
    }
}
