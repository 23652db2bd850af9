package net.kestreltel.portdesk.numbers;

import com.google.inject.Inject;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/** Fluent-JDBI store for the nightly in-service snapshot (one row per number and day). */
public class NumberInventoryStore {

    private final Jdbi jdbi;

    @Inject
    public NumberInventoryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the snapshot pulled from inserviceNumbers; numbers are kept as BIGINT to save space. */
    public void storeSnapshot(String day, List<String> inserviceTns) {
        jdbi.useHandle(handle -> {
            var batch = handle.prepareBatch("INSERT INTO inventory_snapshot (snapshot_day, tn) VALUES (:day, :tn)");
            for (String tn : inserviceTns) {
                batch.bind("day", day).bind("tn", Long.parseLong(tn)).add();
            }
            batch.execute();
        });
    }

    public List<Long> snapshot(String day) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT tn FROM inventory_snapshot WHERE snapshot_day = :day ORDER BY tn")
                .bind("day", day)
                .mapTo(Long.class)
                .list());
    }

    public int purgeOlderThan(long epochSeconds) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("DELETE FROM inventory_snapshot WHERE created_epoch < :cutoff")
                .bind("cutoff", epochSeconds)
                .execute());
    }
}
