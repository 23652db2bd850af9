package net.harborlinecarrier.tnvault.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import net.harborlinecarrier.tnvault.core.TnRecord;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(TelephoneNumberDao.TnRecordMapper.class)
public interface TelephoneNumberDao {

    @SqlQuery("SELECT id, tn, npa, status, customer_id, sip_peer_id FROM tn_inventory WHERE tn = :tn")
    Optional<TnRecord> findByTn(@Bind("tn") String tn);

    @SqlQuery("SELECT id, tn, npa, status, customer_id, sip_peer_id FROM tn_inventory "
            + "WHERE npa = :npa AND status = 'SPARE' ORDER BY tn LIMIT :limit")
    List<TnRecord> findSpare(@Bind("npa") int npa, @Bind("limit") int limit);

    @SqlQuery("SELECT tn FROM tn_inventory WHERE status IN ('ACTIVE', 'PORTING')")
    List<String> allActiveTns();

    @SqlUpdate("INSERT INTO tn_inventory (tn, npa, status, customer_id) VALUES (:tn, :npa, 'SPARE', NULL)")
    void insertSpare(@Bind("tn") String tn, @Bind("npa") String npa);

    @SqlUpdate("UPDATE tn_inventory SET status = :status, updated_at = now() WHERE id = :id")
    int updateStatus(@Bind("id") long id, @Bind("status") String status);

    @SqlUpdate("UPDATE tn_inventory SET status = 'ACTIVE', customer_id = :customerId WHERE tn = CAST(:tn AS CHAR(10))")
    int activate(@Bind("tn") long tn, @Bind("customerId") String customerId);

    @SqlUpdate("UPDATE tn_inventory SET status = 'ACTIVE' WHERE tn IN (<tns>)")
    int activateAll(@BindList("tns") List<String> tns);

    /** Removes the switch test lines that QA inserts on staging. */
    @SqlUpdate("DELETE FROM tn_inventory WHERE tn IN ('9195550000', '9195559999') AND status = 'TEST'")
    int purgeQaLines();

    class TnRecordMapper implements RowMapper<TnRecord> {
        @Override
        public TnRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new TnRecord(rs.getLong("id"), rs.getString("tn"), rs.getString("npa"), rs.getString("status"),
                    rs.getString("customer_id"), rs.getString("sip_peer_id"));
        }
    }
}
