package com.northforktel.numbering.inventory;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of the TN inventory, keyed by the number.
 */
public interface NumberStore {

    Future<Optional<NumberRecord>> findByTn(String tn);

    Future<Integer> upsertAll(List<NumberRecord> records);

    Future<Void> markStatus(String tn, NumberRecord.Status status);

    Future<Integer> touch(List<String> tns, Instant seenAt);

    Future<List<NumberRecord>> notSeenSince(Instant cutoff);

    Future<Long> countByStatus(NumberRecord.Status status);
}
