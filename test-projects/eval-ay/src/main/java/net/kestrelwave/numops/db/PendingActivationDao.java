package net.kestrelwave.numops.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Numbers we ordered or ported for a customer and are waiting on. */
public class PendingActivationDao {

    private final Database db;

    public PendingActivationDao(Database db) {
        this.db = db;
    }

    public record PendingActivation(long id, String orderId, String tn, String customerId) {
    }

    public void insert(String orderId, String tn, String customerId) throws SQLException {
        String sql = "INSERT INTO pending_activation (order_id, tn, customer_id) VALUES (?, ?, ?)";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, orderId);
            ps.setString(2, tn);
            ps.setString(3, customerId);
            ps.executeUpdate();
        }
    }

    public List<PendingActivation> findByOrderId(String orderId) throws SQLException {
        return query("SELECT id, order_id, tn, customer_id FROM pending_activation WHERE order_id = ? AND completed_at IS NULL", orderId);
    }

    public Optional<PendingActivation> findByTn(String tn) throws SQLException {
        return query("SELECT id, order_id, tn, customer_id FROM pending_activation WHERE tn = ? AND completed_at IS NULL", tn)
                .stream().findFirst();
    }

    public void complete(long id) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE pending_activation SET completed_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private List<PendingActivation> query(String sql, String arg) throws SQLException {
        List<PendingActivation> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PendingActivation(rs.getLong("id"), rs.getString("order_id"), rs.getString("tn"),
                            rs.getString("customer_id")));
                }
            }
        }
        return out;
    }
}
