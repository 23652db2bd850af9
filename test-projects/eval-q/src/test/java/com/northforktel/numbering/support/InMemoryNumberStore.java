package com.northforktel.numbering.support;

import com.northforktel.numbering.inventory.NumberRecord;
import com.northforktel.numbering.inventory.NumberStore;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Map-backed {@link NumberStore} for tests. */
public final class InMemoryNumberStore implements NumberStore {

    private final Map<String, NumberRecord> rows = new ConcurrentHashMap<>();

    public NumberRecord get(String tn) {
        return rows.get(tn);
    }

    public int size() {
        return rows.size();
    }

    @Override
    public Future<Optional<NumberRecord>> findByTn(String tn) {
        return Future.succeededFuture(Optional.ofNullable(rows.get(tn)));
    }

    @Override
    public Future<Integer> upsertAll(List<NumberRecord> records) {
        records.forEach(r -> rows.put(r.tn(), r));
        return Future.succeededFuture(records.size());
    }

    @Override
    public Future<Void> markStatus(String tn, NumberRecord.Status status) {
        rows.computeIfPresent(tn, (k, r) -> r.withStatus(status));
        return Future.succeededFuture();
    }

    @Override
    public Future<Integer> touch(List<String> tns, Instant seenAt) {
        int touched = 0;
        for (String tn : tns) {
            NumberRecord r = rows.get(tn);
            if (r != null) {
                rows.put(tn, new NumberRecord(r.tn(), r.areaCode(), r.status(), seenAt));
                touched++;
            }
        }
        return Future.succeededFuture(touched);
    }

    @Override
    public Future<List<NumberRecord>> notSeenSince(Instant cutoff) {
        return Future.succeededFuture(rows.values().stream().filter(r -> r.lastSeen().isBefore(cutoff)).toList());
    }

    @Override
    public Future<Long> countByStatus(NumberRecord.Status status) {
        return Future.succeededFuture(rows.values().stream().filter(r -> r.status() == status).count());
    }
}
