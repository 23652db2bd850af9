package com.harborline.numbering.repository;

import com.harborline.numbering.dto.ImportOrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Tracks Dashboard order ids we are still waiting on (number orders and hosted messaging imports). */
public class OrderTrackingRepository {

    private final DataSource dataSource;

    public OrderTrackingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ImportOrderStatus> openImportOrders() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT order_id, customer_order_id, processing_status, number_count, last_checked "
                             + "FROM import_order_tracking WHERE processing_status NOT IN ('COMPLETE','FAILED','PARTIAL')");
             ResultSet rs = ps.executeQuery()) {
            List<ImportOrderStatus> out = new ArrayList<>();
            while (rs.next()) {
                Timestamp checked = rs.getTimestamp("last_checked");
                out.add(new ImportOrderStatus(
                        rs.getString("order_id"),
                        rs.getString("customer_order_id"),
                        rs.getString("processing_status"),
                        rs.getInt("number_count"),
                        checked == null ? null : checked.toInstant().atOffset(ZoneOffset.UTC)));
            }
            return out;
        }
    }

    public void record(String orderId, String customerOrderId, String status, int count) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO import_order_tracking (order_id, customer_order_id, processing_status, "
                             + "number_count, last_checked) KEY (order_id) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, orderId);
            ps.setString(2, customerOrderId);
            ps.setString(3, status);
            ps.setInt(4, count);
            ps.setTimestamp(5, Timestamp.from(OffsetDateTime.now().toInstant()));
            ps.executeUpdate();
        }
    }

    /** Order ids we generate look like HL-20240611-000123; Dashboard only echoes them back. */
    public static String nextCustomerOrderId(long sequence) {
        return String.format("HL-%tY%<tm%<td-%06d", new java.util.Date(), sequence);
    }
}
