package net.cedarline.numberdesk.store;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(NumberRecord.class)
public interface NumberDao {

    @SqlUpdate("merge into numbers (tn, area_code, site_id, status, sms_enabled, last_seen) key (tn) "
            + "values (:tn, :areaCode, :siteId, :status, :smsEnabled, :lastSeen)")
    void upsert(@BindMethods NumberRecord record);

    @SqlQuery("select tn, area_code, site_id, status, sms_enabled, last_seen from numbers where tn = :tn")
    Optional<NumberRecord> findByTn(@Bind("tn") String tn);

    @SqlQuery("select tn, area_code, site_id, status, sms_enabled, last_seen from numbers where area_code = :areaCode order by tn")
    List<NumberRecord> findByAreaCode(@Bind("areaCode") int areaCode);

    @SqlQuery("select tn, area_code, site_id, status, sms_enabled, last_seen from numbers order by tn")
    List<NumberRecord> all();

    @SqlUpdate("update numbers set status = :status where tn = :tn")
    int updateStatus(@Bind("tn") String tn, @Bind("status") String status);

    @SqlUpdate("update numbers set status = 'MISSING' where tn not in (<tns>) and status = 'INSERVICE'")
    int markMissingExcept(@BindList("tns") List<String> tns);
}
