package com.harborline.numbering.repository;

import com.harborline.numbering.dto.InventoryNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * JDBC access to {@code tn_inventory}. Numbers are stored as BIGINT (national format) since
 * 2016; the billing extract joins on that column so do not change its type lightly.
 */
public class TelephoneNumberRepository {

    private static final String SELECT = "SELECT tn, account_id, customer_id, status, updated_at FROM tn_inventory";

    private final DataSource dataSource;

    public TelephoneNumberRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<InventoryNumber> findByTn(long tn) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE tn = ?")) {
            ps.setLong(1, tn);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<InventoryNumber> findByStatus(String status, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE status = ? ORDER BY tn LIMIT ?")) {
            ps.setString(1, status);
            ps.setInt(2, limit);
            List<InventoryNumber> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    public void upsertInventory(long tn, int areaCode, String accountId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO tn_inventory (tn, npa, account_id, status, updated_at) KEY (tn) "
                             + "VALUES (?, ?, ?, COALESCE((SELECT status FROM tn_inventory WHERE tn = ?), 'POOL'), ?)")) {
            ps.setLong(1, tn);
            ps.setInt(2, areaCode);
            ps.setString(3, accountId);
            ps.setLong(4, tn);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    public int markActivated(long tn, String orderId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE tn_inventory SET status = 'ASSIGNED', last_order_id = ?, updated_at = ? WHERE tn = ?")) {
            ps.setString(1, orderId);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setLong(3, tn);
            return ps.executeUpdate();
        }
    }

    public int deleteOlderThan(long epochSeconds) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM tn_inventory_history WHERE changed_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.ofEpochSecond(epochSeconds)));
            return ps.executeUpdate();
        }
    }

    private static InventoryNumber map(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new InventoryNumber(
                rs.getLong("tn"),
                rs.getString("account_id"),
                rs.getString("customer_id"),
                rs.getString("status"),
                updated == null ? null : updated.toInstant());
    }
}
