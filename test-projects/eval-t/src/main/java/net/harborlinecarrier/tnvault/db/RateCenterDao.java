package net.harborlinecarrier.tnvault.db;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Per-NPA utilisation counters shown on the capacity dashboard. */
public interface RateCenterDao {

    @SqlQuery("SELECT DISTINCT npa FROM rate_center WHERE state = :state ORDER BY npa")
    List<Integer> npasForState(@Bind("state") String state);

    @SqlUpdate("UPDATE rate_center_stats SET active = active + 1 WHERE npa = :npa")
    int incrementActive(@Bind("npa") String npa);

    @SqlUpdate("UPDATE rate_center_stats SET hosted_sms = hosted_sms + :delta WHERE npa = :npa")
    int addHostedSms(@Bind("npa") String npa, @Bind("delta") int delta);
}
