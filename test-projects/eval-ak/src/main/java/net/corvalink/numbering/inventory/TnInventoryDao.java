package net.corvalink.numbering.inventory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Our record of the numbers we hold. Numbers are stored as 10-digit strings
 * (see V1__tn_inventory.sql).
 */
public class TnInventoryDao {

    public record TnRecord(String tn, String customerId, int siteId, String status, String irisOrderId) {
    }

    private final DataSource dataSource;

    public TnInventoryDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<TnRecord> findByTn(String tn) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT tn, customer_id, site_id, status, iris_order_id FROM tn_inventory WHERE tn = ?")) {
            ps.setString(1, tn);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TnRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("inventory lookup failed", e);
        }
    }

    public void markInService(long tn, String customerId, String irisOrderId) {
        String key = String.format("%010d", tn);
        update("UPDATE tn_inventory SET status = 'INSERVICE', customer_id = ?, iris_order_id = ?, "
                + "updated_at = CURRENT_TIMESTAMP WHERE tn = ?", customerId, irisOrderId, key);
    }

    public void updateStatus(String tn, String status) {
        update("UPDATE tn_inventory SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE tn = ?", status, tn);
    }

    public List<String> numbersWithStatus(String status) {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT tn FROM tn_inventory WHERE status = ?")) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("inventory query failed", e);
        }
        return out;
    }

    private void update(String sql, String... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("inventory update failed", e);
        }
    }
}
