package com.tallgrassvoice.portwell.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Our own copy of the number inventory (used by billing and the portal), and the ledger of the
 * hosted messaging imports we filed, so a restart does not file them twice.
 */
public class NumberInventory {

    private final Db db;

    public NumberInventory(Db db) {
        this.db = db;
    }

    public void markActive(String tn, String orderId) {
        String sql = "INSERT INTO number_inventory (tn, order_id, activated_at) VALUES (?, ?, CURRENT_TIMESTAMP) "
                + "ON CONFLICT (tn) DO UPDATE SET order_id = EXCLUDED.order_id, activated_at = EXCLUDED.activated_at";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tn);
            ps.setString(2, orderId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void enableSms(long tn) {
        String sql = "UPDATE number_inventory SET sms_enabled = TRUE WHERE tn = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Long.toString(tn));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void recordImport(String orderId, String customerOrder, int tnCount) {
        ImportTnOrder row = ImportTnOrder.pending(orderId, customerOrder, tnCount);
        String sql = "INSERT INTO import_ledger (order_id, customer_order, tn_count, status) VALUES (?, ?, ?, ?)";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, row.orderId());
            ps.setString(2, row.customerOrder());
            ps.setInt(3, row.tnCount());
            ps.setString(4, row.status());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ImportTnOrder> openImports() {
        List<ImportTnOrder> out = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM import_ledger WHERE status = 'PROCESSING'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(ImportTnOrder.fromRow(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
