package com.tallgrassvoice.portwell.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Port requests, keyed by the 10-digit number. */
public class PortRepository {

    /** A row of port_request; {@code tn} is the number the customer entered on the port form. */
    public record PortRequest(long id, String tn, String customerId, String dashboardOrder, String status,
                              String focDate) {
    }

    private final Db db;

    public PortRepository(Db db) {
        this.db = db;
    }

    public Optional<PortRequest> findByTn(String tn) {
        String sql = "SELECT id, tn, customer_id, dashboard_order, status, foc_date FROM port_request WHERE tn = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tn);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<PortRequest> byStatus(String status) {
        String sql = "SELECT id, tn, customer_id, dashboard_order, status, foc_date FROM port_request "
                + "WHERE status = ? ORDER BY id";
        List<PortRequest> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public void insert(PortRequest p) {
        String sql = "INSERT INTO port_request (id, tn, customer_id, dashboard_order, status, foc_date) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, p.id());
            ps.setString(2, p.tn());
            ps.setString(3, p.customerId());
            ps.setString(4, p.dashboardOrder());
            ps.setString(5, p.status());
            ps.setString(6, p.focDate());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void markStatus(long id, String status, String focDate) {
        String sql = "UPDATE port_request SET status = ?, foc_date = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            ps.setString(2, focDate);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PortRequest map(ResultSet rs) throws SQLException {
        return new PortRequest(rs.getLong("id"), rs.getString("tn").trim(), rs.getString("customer_id"),
                rs.getString("dashboard_order"), rs.getString("status"), rs.getString("foc_date"));
    }
}
