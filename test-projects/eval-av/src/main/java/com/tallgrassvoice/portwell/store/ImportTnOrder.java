package com.tallgrassvoice.portwell.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of import_ledger: one hosted messaging import we filed, and what became of it. */
public record ImportTnOrder(String orderId, String customerOrder, int tnCount, String status) {

    public static ImportTnOrder fromRow(ResultSet rs) throws SQLException {
        return new ImportTnOrder(rs.getString("order_id"), rs.getString("customer_order"),
                rs.getInt("tn_count"), rs.getString("status"));
    }

    public static ImportTnOrder pending(String orderId, String customerOrder, int tnCount) {
        return new ImportTnOrder(orderId, customerOrder, tnCount, "PROCESSING");
    }

    public boolean isDone() {
        return "COMPLETE".equals(status) || "FAILED".equals(status);
    }
}
