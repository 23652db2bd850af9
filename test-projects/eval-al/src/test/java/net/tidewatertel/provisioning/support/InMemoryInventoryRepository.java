package net.tidewatertel.provisioning.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.tidewatertel.provisioning.inventory.InventoryRecord;
import net.tidewatertel.provisioning.inventory.InventoryRepository;

/** Hand-made stand-in for the SOS schema. */
public class InMemoryInventoryRepository implements InventoryRepository {

    private final Map<String, InventoryRecord> records = new LinkedHashMap<>();
    public final List<String> missing = new ArrayList<>();
    public final List<String> unknown = new ArrayList<>();
    public List<String> snapshot;
    public long snapshotEpochSeconds;

    public InMemoryInventoryRepository add(InventoryRecord record) {
        records.put(record.getTelephoneNumber(), record);
        return this;
    }

    @Override
    public Set<String> inServiceNumbers() {
        return new HashSet<>(records.keySet());
    }

    @Override
    public List<InventoryRecord> findAll() {
        return new ArrayList<>(records.values());
    }

    @Override
    public InventoryRecord findByNumber(String tenDigitNumber) {
        return records.get(tenDigitNumber);
    }

    @Override
    public void markMissingOnDashboard(String tenDigitNumber) {
        missing.add(tenDigitNumber);
    }

    @Override
    public void markUnknownOnDashboard(String number) {
        unknown.add(number);
    }

    @Override
    public void saveReportSnapshot(List<String> numbers, long reportEpochSeconds) {
        this.snapshot = numbers;
        this.snapshotEpochSeconds = reportEpochSeconds;
    }
}
