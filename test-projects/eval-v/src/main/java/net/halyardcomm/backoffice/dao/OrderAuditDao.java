package net.halyardcomm.backoffice.dao;

import java.sql.Timestamp;
import java.time.Instant;

/** Audit trail of everything we asked the Dashboard to do (finance reconciles against it). */
public class OrderAuditDao {

    private final Jdbc jdbc;

    public OrderAuditDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void orderPlaced(String orderId, String customerOrderId, int quantity) {
        jdbc.update("INSERT INTO order_audit (order_id, customer_order_id, quantity, created_at) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, orderId);
                    ps.setString(2, customerOrderId);
                    ps.setInt(3, quantity);
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                });
    }

    /** One completed number; finance's billing export wants it numeric. */
    public void numberCompleted(String orderId, long telephoneNumber) {
        jdbc.update("INSERT INTO order_audit_tn (order_id, tn, completed_at) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, orderId);
            ps.setLong(2, telephoneNumber);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
        });
    }

    public void note(String orderId, String text) {
        jdbc.update("INSERT INTO order_audit_note (order_id, note) VALUES (?, ?)", ps -> {
            ps.setString(1, orderId);
            ps.setString(2, text);
        });
    }
}
