package net.kestrelcable.provisioning.porting.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our record of a hosted messaging import order (table hosted_messaging_order).
 * Same name as the SDK model on purpose: it mirrors the Dashboard object for the CSR screens.
 */
public record ImportTnOrder(String orderId, String customerId, String status, int tnCount) {

    public static ImportTnOrder fromRow(ResultSet rs, int rowNum) throws SQLException {
        return new ImportTnOrder(rs.getString("order_id"), rs.getString("customer_id"), rs.getString("status"),
                rs.getInt("tn_count"));
    }

    public static List<ImportTnOrder> List(JdbcTemplate jdbc, String customerId) {
        return jdbc.query("SELECT * FROM hosted_messaging_order WHERE customer_id = ? ORDER BY order_id",
                ImportTnOrder::fromRow, customerId);
    }

    public static ImportTnOrder Get(JdbcTemplate jdbc, String orderId) {
        return jdbc.queryForObject("SELECT * FROM hosted_messaging_order WHERE order_id = ?",
                ImportTnOrder::fromRow, orderId);
    }

    public boolean open() {
        return "RECEIVED".equals(status) || "PROCESSING".equals(status);
    }
}
