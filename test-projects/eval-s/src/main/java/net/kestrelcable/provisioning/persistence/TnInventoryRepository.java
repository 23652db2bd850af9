package net.kestrelcable.provisioning.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Our copy of the number inventory (table {@code tn_inventory}, see schema.sql).
 */
@Repository
public class TnInventoryRepository {

    public record InventoryRecord(String tn, String customerId, int npa, String status, String orderId, Instant updatedAt) {
    }

    public record PendingOrder(String orderId, String customerOrderId, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    public TnInventoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tn, String customerId, int npa, String status, String orderId) {
        jdbc.update("""
                INSERT INTO tn_inventory (tn, customer_id, npa, status, order_id, updated_at)
                VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
                """, tn, customerId, npa, status, orderId);
    }

    public Optional<InventoryRecord> findByTn(String tn) {
        List<InventoryRecord> rows = jdbc.query("SELECT * FROM tn_inventory WHERE tn = ?", this::map, tn);
        return rows.stream().findFirst();
    }

    public int updateStatus(String tn, String status) {
        return jdbc.update("UPDATE tn_inventory SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE tn = ?", status, tn);
    }

    public List<InventoryRecord> findByNpa(int npa) {
        return jdbc.query("SELECT * FROM tn_inventory WHERE npa = ? ORDER BY tn", this::map, npa);
    }

    public List<String> activeNumbers() {
        return jdbc.queryForList("SELECT tn FROM tn_inventory WHERE status = 'ACTIVE'", String.class);
    }

    public void addPendingOrder(String orderId, String customerOrderId) {
        jdbc.update("INSERT INTO pending_orders (order_id, customer_order_id, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                orderId, customerOrderId);
    }

    public List<PendingOrder> pendingOrders() {
        return jdbc.query("SELECT order_id, customer_order_id, created_at FROM pending_orders ORDER BY created_at",
                (rs, i) -> new PendingOrder(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    public void completeOrder(String orderId) {
        jdbc.update("DELETE FROM pending_orders WHERE order_id = ?", orderId);
    }

    private InventoryRecord map(ResultSet rs, int rowNum) throws SQLException {
        return new InventoryRecord(rs.getString("tn"), rs.getString("customer_id"), rs.getInt("npa"),
                rs.getString("status"), rs.getString("order_id"), rs.getTimestamp("updated_at").toInstant());
    }
}
