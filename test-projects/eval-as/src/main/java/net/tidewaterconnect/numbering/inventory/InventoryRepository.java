package net.tidewaterconnect.numbering.inventory;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InventoryRepository {

    private final JdbcClient jdbc;

    public InventoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InventoryNumber> findByTn(String tn) {
        return jdbc.sql("select tn, status, last_order_id from tn_inventory where tn = :tn")
                .param("tn", tn)
                .query((rs, i) -> new InventoryNumber(rs.getString("tn"),
                        InventoryNumber.Status.valueOf(rs.getString("status")), rs.getString("last_order_id")))
                .optional();
    }

    public void insert(InventoryNumber number) {
        jdbc.sql("insert into tn_inventory (tn, status, last_order_id) values (:tn, :status, :orderId)")
                .param("tn", number.tn())
                .param("status", number.status().name())
                .param("orderId", number.lastOrderId())
                .update();
    }

    public int updateStatus(String tn, InventoryNumber.Status status) {
        return jdbc.sql("update tn_inventory set status = :status, updated_at = current_timestamp where tn = :tn")
                .param("status", status.name())
                .param("tn", tn)
                .update();
    }

    public Set<String> allActiveTns() {
        return new HashSet<>(jdbc.sql("select tn from tn_inventory where status = 'ACTIVE'")
                .query(String.class)
                .list());
    }
}
