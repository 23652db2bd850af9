package org.harborline.provisioning.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.harborline.provisioning.model.InventoryRecord;

/**
 * TN_INVENTORY table. TN is a NUMBER(10) column (Oracle, 2012 schema).
 */
public class TnInventoryDao {

    private static final String FIND_UNASSIGNED =
            "SELECT TN FROM TN_INVENTORY WHERE CUSTOMER_ID IS NULL AND STATUS = 'SPARE' AND ROWNUM <= ?";
    private static final String UPSERT =
            "MERGE INTO TN_INVENTORY t USING (SELECT ? TN, ? NPA, ? RATE_CENTER, ? SYNCED FROM DUAL) s "
            + "ON (t.TN = s.TN) WHEN MATCHED THEN UPDATE SET t.NPA = s.NPA, t.RATE_CENTER = s.RATE_CENTER, "
            + "t.SYNCED = s.SYNCED WHEN NOT MATCHED THEN INSERT (TN, NPA, RATE_CENTER, SYNCED, STATUS) "
            + "VALUES (s.TN, s.NPA, s.RATE_CENTER, s.SYNCED, 'SPARE')";

    private final DataSource dataSource;

    public TnInventoryDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Long> findUnassigned(int limit) throws SQLException {
        List<Long> tns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(FIND_UNASSIGNED)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tns.add(rs.getLong("TN"));
                }
            }
        }
        return tns;
    }

    public void upsert(List<InventoryRecord> records) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (InventoryRecord r : records) {
                ps.setLong(1, r.getTelephoneNumber());
                ps.setInt(2, r.getAreaCode());
                ps.setString(3, r.getRateCenter());
                ps.setLong(4, r.getLastSyncEpochSeconds());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
