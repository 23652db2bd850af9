package net.kestrelwave.numops.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Our copy of the numbers in service, keyed by the national 10-digit number. */
public class InventoryDao {

    private static final int NO_LIMIT = 2147483647;

    private final Database db;

    public InventoryDao(Database db) {
        this.db = db;
    }

    public record InventoryRow(String tn, String siteId, String status, String customerId, String sipUri) {
    }

    public void upsert(String tn, String siteId, String status) throws SQLException {
        String sql = "MERGE INTO tn_inventory (tn, site_id, status, updated_at) KEY (tn) VALUES (?, ?, ?, CURRENT_TIMESTAMP)";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tn);
            ps.setString(2, siteId);
            ps.setString(3, status);
            ps.executeUpdate();
        }
    }

    public void markActive(String tn, String customerId, String sipUri) throws SQLException {
        String sql = "UPDATE tn_inventory SET status = 'ACTIVE', customer_id = ?, sip_uri = ?, updated_at = CURRENT_TIMESTAMP WHERE tn = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, customerId);
            ps.setString(2, sipUri);
            ps.setString(3, tn);
            if (ps.executeUpdate() == 0) {
                upsert(tn, "unknown", "ACTIVE");
            }
        }
    }

    public List<InventoryRow> list() throws SQLException {
        return list(NO_LIMIT);
    }

    public List<InventoryRow> list(int limit) throws SQLException {
        String sql = "SELECT tn, site_id, status, customer_id, sip_uri FROM tn_inventory ORDER BY tn LIMIT ?";
        List<InventoryRow> rows = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new InventoryRow(rs.getString("tn"), rs.getString("site_id"), rs.getString("status"),
                            rs.getString("customer_id"), rs.getString("sip_uri")));
                }
            }
        }
        return rows;
    }
}
