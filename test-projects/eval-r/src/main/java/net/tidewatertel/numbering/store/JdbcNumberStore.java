package net.tidewatertel.numbering.store;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.Future;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inventory store on the Vert.x JDBC pool (H2 in PostgreSQL mode, see db/schema.sql).
 */
@Singleton
public class JdbcNumberStore implements NumberStore {

  private static final String COLUMNS = "tn, npa, status, site_id, sms_enabled, e911_address_id, last_synced_at";

  private static final String SELECT_BY_TN =
      "SELECT " + COLUMNS + " FROM tn_inventory WHERE tn = ?";

  private static final String SELECT_BY_STATUS =
      "SELECT " + COLUMNS + " FROM tn_inventory WHERE status = ? ORDER BY tn";

  private static final String UPSERT = """
      MERGE INTO tn_inventory (tn, npa, status, site_id, sms_enabled, e911_address_id, last_synced_at)
      KEY (tn)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """;

  private final JDBCPool pool;

  @Inject
  public JdbcNumberStore(JDBCPool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Optional<NumberRecord>> findByTn(String tn) {
    return pool.preparedQuery(SELECT_BY_TN)
        .execute(Tuple.of(tn))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
  }

  @Override
  public Future<List<NumberRecord>> findByStatus(String status) {
    return pool.preparedQuery(SELECT_BY_STATUS)
        .execute(Tuple.of(status))
        .map(JdbcNumberStore::mapAll);
  }

  @Override
  public Future<Integer> upsertAll(List<NumberRecord> records) {
    if (records.isEmpty()) {
      return Future.succeededFuture(0);
    }
    List<Tuple> batch = new ArrayList<>(records.size());
    for (NumberRecord r : records) {
      batch.add(Tuple.of(r.tn(), r.npa(), r.status(), r.siteId(), r.smsEnabled(), r.e911AddressId(),
          LocalDateTime.ofInstant(r.lastSyncedAt(), ZoneOffset.UTC)));
    }
    return pool.preparedQuery(UPSERT).executeBatch(batch).map(ignored -> records.size());
  }

  @Override
  public Future<Void> updateStatus(String tn, String status) {
    return pool.preparedQuery("UPDATE tn_inventory SET status = ? WHERE tn = ?")
        .execute(Tuple.of(status, tn))
        .mapEmpty();
  }

  @Override
  public Future<Void> recordOrderNumbers(String orderId, List<Long> telephoneNumbers) {
    List<Tuple> batch = new ArrayList<>();
    for (Long tn : telephoneNumbers) {
      batch.add(Tuple.of(orderId, tn));
    }
    return pool.preparedQuery("INSERT INTO dashboard_order_numbers (order_id, tn) VALUES (?, ?)")
        .executeBatch(batch)
        .compose(ignored -> pool.preparedQuery("UPDATE dashboard_orders SET status = 'COMPLETE' WHERE order_id = ?")
            .execute(Tuple.of(orderId)))
        .mapEmpty();
  }

  @Override
  public Future<List<String>> pendingOrderIds() {
    return pool.query("SELECT order_id FROM dashboard_orders WHERE status = 'RECEIVED' ORDER BY created_at")
        .execute()
        .map(rows -> {
          List<String> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getString("order_id")));
          return ids;
        });
  }

  private static List<NumberRecord> mapAll(RowSet<Row> rows) {
    List<NumberRecord> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(map(row)));
    return out;
  }

  private static NumberRecord map(Row row) {
    LocalDateTime synced = row.getLocalDateTime("last_synced_at");
    return new NumberRecord(
        row.getString("tn"),
        row.getInteger("npa"),
        row.getString("status"),
        row.getString("site_id"),
        Boolean.TRUE.equals(row.getBoolean("sms_enabled")),
        row.getString("e911_address_id"),
        synced == null ? null : synced.toInstant(ZoneOffset.UTC));
  }
}
