package net.pinecrest.numbertool.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * JDBC access to the local copy of the Dashboard inventory.
 */
public class NumberDao {

    public record Pending(String tn, String customerId, String notifySmsTo) {
    }

    private final DataSource dataSource;

    public NumberDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(SqlStatements.CREATE_TABLE);
            st.execute(SqlStatements.CREATE_PENDING);
        } catch (SQLException e) {
            throw new DaoException("schema", e);
        }
    }

    public void upsert(InventoryRecord record) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SqlStatements.UPSERT)) {
            ps.setLong(1, Long.parseLong(record.tn()));
            ps.setInt(2, record.areaCode());
            ps.setString(3, record.rateCenter());
            ps.setString(4, record.state());
            ps.setString(5, record.siteId());
            ps.setString(6, record.status());
            ps.setTimestamp(7, Timestamp.from(record.syncedAt()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DaoException("upsert " + record.tn(), e);
        }
    }

    public void markActive(String tn, String customerId, String orderId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SqlStatements.MARK_ACTIVE)) {
            ps.setString(1, customerId);
            ps.setString(2, orderId);
            ps.setLong(3, Long.parseLong(tn));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DaoException("markActive " + tn, e);
        }
    }

    public List<InventoryRecord> byAreaCode(int npa) {
        List<InventoryRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SqlStatements.BY_NPA)) {
            ps.setInt(1, npa);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InventoryRecord(rs.getString("tn"), rs.getInt("npa"), rs.getString("rate_center"),
                            rs.getString("state"), rs.getString("site_id"), rs.getString("status"),
                            rs.getTimestamp("synced_at").toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new DaoException("byAreaCode " + npa, e);
        }
        return out;
    }

    public void recordPending(String tn, String customerId, String notifySmsTo) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SqlStatements.INSERT_PENDING)) {
            ps.setString(1, tn);
            ps.setString(2, customerId);
            ps.setString(3, notifySmsTo);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DaoException("recordPending " + tn, e);
        }
    }

    public List<Pending> pending() {
        List<Pending> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(SqlStatements.ALL_PENDING)) {
            while (rs.next()) {
                out.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new DaoException("pending", e);
        }
        return out;
    }

    public static final class DaoException extends RuntimeException {
        DaoException(String what, SQLException cause) {
            super("database error in " + what, cause);
        }
    }
}
