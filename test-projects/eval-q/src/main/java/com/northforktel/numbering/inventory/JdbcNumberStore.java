package com.northforktel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.Future;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link NumberStore} on the Vert.x JDBC pool (H2 in dev, the inventory schema in prod).
 */
@Singleton
public class JdbcNumberStore implements NumberStore {

    private static final String UPSERT =
            "MERGE INTO tn_inventory (tn, area_code, status, last_seen) KEY (tn) VALUES (?, ?, ?, ?)";
    private static final String FIND = "SELECT tn, area_code, status, last_seen FROM tn_inventory WHERE tn = ?";

    private final JDBCPool pool;
    private volatile Future<Void> schema;

    @Inject
    public JdbcNumberStore(JDBCPool pool) {
        this.pool = pool;
    }

    private Future<Void> ready() {
        if (schema == null) {
            Future<Void> chain = Future.succeededFuture();
            for (String statement : readResource("db/schema.sql").split(";")) {
                if (!statement.isBlank()) {
                    chain = chain.compose(v -> pool.query(statement).execute().mapEmpty());
                }
            }
            schema = chain;
        }
        return schema;
    }

    @Override
    public Future<Optional<NumberRecord>> findByTn(String tn) {
        return ready().compose(v -> pool.preparedQuery(FIND).execute(Tuple.of(tn)))
                .map(rows -> {
                    var it = rows.iterator();
                    return it.hasNext() ? Optional.of(toRecord(it.next())) : Optional.empty();
                });
    }

    @Override
    public Future<Integer> upsertAll(List<NumberRecord> records) {
        if (records.isEmpty()) {
            return Future.succeededFuture(0);
        }
        List<Tuple> batch = new ArrayList<>(records.size());
        for (NumberRecord r : records) {
            batch.add(Tuple.of(r.tn(), r.areaCode(), r.status().name(),
                    LocalDateTime.ofInstant(r.lastSeen(), ZoneOffset.UTC)));
        }
        return ready().compose(v -> pool.preparedQuery(UPSERT).executeBatch(batch)).map(rows -> records.size());
    }

    @Override
    public Future<Void> markStatus(String tn, NumberRecord.Status status) {
        return ready().compose(v -> pool
                        .preparedQuery("UPDATE tn_inventory SET status = ?, last_seen = ? WHERE tn = ?")
                        .execute(Tuple.of(status.name(), LocalDateTime.now(ZoneOffset.UTC), tn)))
                .mapEmpty();
    }

    @Override
    public Future<Integer> touch(List<String> tns, Instant seenAt) {
        List<Tuple> batch = new ArrayList<>();
        LocalDateTime at = LocalDateTime.ofInstant(seenAt, ZoneOffset.UTC);
        tns.forEach(tn -> batch.add(Tuple.of(at, tn)));
        if (batch.isEmpty()) {
            return Future.succeededFuture(0);
        }
        return ready().compose(v -> pool.preparedQuery("UPDATE tn_inventory SET last_seen = ? WHERE tn = ?")
                        .executeBatch(batch))
                .map(rows -> batch.size());
    }

    @Override
    public Future<List<NumberRecord>> notSeenSince(Instant cutoff) {
        return ready().compose(v -> pool
                        .preparedQuery("SELECT tn, area_code, status, last_seen FROM tn_inventory"
                                + " WHERE last_seen < ? AND status <> 'DISCONNECTED'")
                        .execute(Tuple.of(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))))
                .map(rows -> {
                    List<NumberRecord> out = new ArrayList<>();
                    rows.forEach(row -> out.add(toRecord(row)));
                    return out;
                });
    }

    @Override
    public Future<Long> countByStatus(NumberRecord.Status status) {
        return ready().compose(v -> pool.preparedQuery("SELECT COUNT(*) FROM tn_inventory WHERE status = ?")
                        .execute(Tuple.of(status.name())))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static NumberRecord toRecord(Row row) {
        return new NumberRecord(
                row.getString("TN"),
                row.getInteger("AREA_CODE"),
                NumberRecord.Status.valueOf(row.getString("STATUS")),
                row.getLocalDateTime("LAST_SEEN").toInstant(ZoneOffset.UTC));
    }

    private static String readResource(String name) {
        try (InputStream in = JdbcNumberStore.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
