package net.tidewatertel.numbering.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

public interface NumberStore {

  Future<Optional<NumberRecord>> findByTn(String tn);

  Future<List<NumberRecord>> findByStatus(String status);

  Future<Integer> upsertAll(List<NumberRecord> records);

  Future<Void> updateStatus(String tn, String status);

  Future<Void> recordOrderNumbers(String orderId, List<Long> telephoneNumbers);

  Future<List<String>> pendingOrderIds();
}
