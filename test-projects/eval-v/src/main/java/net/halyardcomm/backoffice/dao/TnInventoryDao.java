package net.halyardcomm.backoffice.dao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Our copy of the number inventory, keyed by the 10-digit national number. */
public class TnInventoryDao {

    private static final String COLUMNS = "tn, area_code, status, customer_id, last_seen_epoch";

    private final Jdbc jdbc;

    public TnInventoryDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public TnRecord findByTn(String tn) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tn_inventory WHERE tn = ?",
                ps -> ps.setString(1, tn), TnInventoryDao::map);
    }

    public List<TnRecord> byAreaCode(int areaCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tn_inventory WHERE area_code = ? ORDER BY tn",
                ps -> ps.setInt(1, areaCode), TnInventoryDao::map);
    }

    public List<TnRecord> byCustomer(String customerId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tn_inventory WHERE customer_id = ? ORDER BY tn",
                ps -> ps.setString(1, customerId), TnInventoryDao::map);
    }

    public void upsert(TnRecord r) {
        jdbc.update("MERGE INTO tn_inventory (" + COLUMNS + ") KEY (tn) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, r.tn());
            ps.setInt(2, r.areaCode());
            ps.setString(3, r.status());
            ps.setString(4, r.customerId());
            ps.setLong(5, r.lastSeenEpoch());
        });
    }

    public int updateStatus(String tn, String status) {
        return jdbc.update("UPDATE tn_inventory SET status = ?, last_seen_epoch = ? WHERE tn = ?", ps -> {
            ps.setString(1, status);
            ps.setLong(2, System.currentTimeMillis() / 1000L);
            ps.setString(3, tn);
        });
    }

    private static TnRecord map(ResultSet rs) throws SQLException {
        return new TnRecord(rs.getString("tn"), rs.getInt("area_code"), rs.getString("status"),
                rs.getString("customer_id"), rs.getLong("last_seen_epoch"));
    }
}
