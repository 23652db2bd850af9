package com.lumenwave.provisioning.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Repository;

/** In-memory inventory store, keyed by 10-digit national number. */
@Repository
public class NumberRecordStore {

    private final Map<String, NumberRecord> byTenDigitNumber = new ConcurrentHashMap<>();

    public Optional<NumberRecord> findByTelephoneNumber(String tenDigitNumber) {
        return Optional.ofNullable(byTenDigitNumber.get(tenDigitNumber));
    }

    public void save(NumberRecord record) {
        byTenDigitNumber.put(record.telephoneNumber(), record);
    }

    public Collection<NumberRecord> byAreaCode(String areaCode) {
        return byTenDigitNumber.values().stream().filter(r -> areaCode.equals(r.areaCode())).toList();
    }
}
